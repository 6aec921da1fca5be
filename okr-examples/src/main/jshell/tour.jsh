// okr4j in twenty lines: load, validate, score, list the check-ins due, explain an override, roll up a unit with a shared objective, roll a key result up from its teams', read the KPIs, find orphans and duplicates, draw.
// Run it: ./mvnw -q -pl okr-examples -am -Pjshell package exec:exec -DskipTests -Djshell.script=src/main/jshell/tour.jsh
var set = SampleOrganization.okrSet()                        // or: CsvFiles.read(Path.of("okrs.csv")).okrSet()
var asOf = SampleOrganization.AS_OF
var checked = ValidationPolicy.defaults().check(set, asOf)      // local and whole-graph rules, one result
checked.atLeast(Severity.WARNING).violations().forEach(v -> System.out.println(v.message(Locale.ENGLISH)))
checked.countByCode()
var scores = ScoringPolicy.defaults().score(set, asOf)
scores.keyResultStatusCounts()
CheckInsDue.on(set, asOf, Cadence.WEEKLY).forEach(System.out::println)   // the reminders a host sends; a key result's own cadence first
System.out.println(scores.explain(ObjectiveId.of("d-people")))         // a status set by hand (who, when, why) and kr-d-people-hires judged against its waypoints
System.out.println("support-desk roll-up: " + scores.unitProgress(CycleId.of("FY2027-Q3")).get(OrgUnitId.of("support-desk")))   // t-platform is shared with the support desk at 50 %: its roll-up counts it at half weight
System.out.println("cascaded: " + scores.progress(KeyResultId.of("kr-d-sales-dealers")))   // the sales department's dealers: the sum of its two teams'
Kpis.states(set, asOf).forEach(System.out::println)                  // health metrics against their corridors: churn is above its 2.5 %
checked.withCode("structure.unaligned").violations().forEach(System.out::println)
checked.withCode(AlignmentRules.DUPLICATE_OBJECTIVES).violations().forEach(System.out::println)
// Before saving an edit, what it moves: support checks in first-contact resolution at 79 %.
var desk = set.objective(ObjectiveId.of("t-support-desk")).orElseThrow()
var edited = set.with(desk.withKeyResult(desk.keyResult(KeyResultId.of("kr-t-desk-fcr")).orElseThrow().withCheckIn(CheckIn.of(asOf, 79))))
var impact = ChangeImpact.of(set, edited, ScoringPolicy.defaults(), asOf)   // the changes, and the scores up the cascade before and after
System.out.println(impact + ": " + impact.changes())
impact.moved().forEach(System.out::println)
var checkedEdit = ValidationPolicy.defaults().checkEdit(set, edited, asOf)
checked.notIn(checkedEdit).violations().forEach(v -> System.out.println("resolved: " + v))   // and checkedEdit.notIn(checked): the findings it brings
var metrics = AlignmentMetrics.of(set)
metrics.siloedDepartments()
var picture = AlignmentExport.of(AlignmentGraph.of(set)).withLabel(o -> o.title() + " " + scores.progress(o.id())).toMermaid()
Files.writeString(Path.of("target", "tour.mmd"), picture)
System.out.println("tour done: " + checked + ", alignment share " + metrics.alignmentShare() + "%")
/exit
