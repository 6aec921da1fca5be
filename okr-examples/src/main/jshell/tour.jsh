// okr4j in twenty lines: load, validate, score, find orphans and duplicates, draw.
// Run it: ./mvnw -q -pl okr-examples -am -Pjshell package exec:exec -DskipTests -Djshell.script=src/main/jshell/tour.jsh
var set = SampleOrganization.okrSet()                        // or: CsvFiles.read(Path.of("okrs.csv")).okrSet()
var asOf = SampleOrganization.AS_OF
var checked = ValidationPolicy.defaults().check(set, asOf)
checked.atLeast(Severity.WARNING).violations().forEach(v -> System.out.println(v.message(Locale.ENGLISH)))
var scores = ScoringPolicy.defaults().score(set, asOf)
scores.keyResultStatusCounts()
var report = AlignmentReport.of(set)
report.findings(FindingCodes.ORPHAN).forEach(System.out::println)
report.findings(FindingCodes.DUPLICATE_OBJECTIVES).forEach(System.out::println)
report.metrics().siloedDepartments()
var picture = AlignmentExport.of(AlignmentGraph.of(set), scores, report).toMermaid()
Files.writeString(Path.of("target", "tour.mmd"), picture)
System.out.println("tour done: " + checked + ", " + report.findings().size() + " findings")
/exit
