package org.okr4j.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an edit changes, from a set before it to the set after: the objectives, key results and
 * KPIs added, removed, moved, re-targeted, re-owned, re-titled, re-weighted, checked in, judged or
 * otherwise edited, the objectives up the cascade whose progress, status or findings those
 * changes may move, and the key results up the key-result cascade whose roll-ups they may move. What a host shows before it saves; okr-scoring's {@code ChangeImpact} adds the
 * scores and findings that do move.
 *
 * <p>Immutable and thread-safe. Objectives, key results and KPIs are matched by id (a key result found
 * under another objective has moved), so the diff does not depend on the order either set lists
 * them in. Linear in the size of the two sets: one lookup per objective and key result, and an
 * objective or key result that is the same instance in both sets is skipped without comparing
 * (a set edited with {@link OkrSet#with(Objective)} shares every other objective), and an equal
 * one (a set rebuilt from a host's records) is compared once, deeply, and skipped. The ancestors
 * are found by an iterative walk up each set's {@link OkrSet#links() resolved links}: each
 * objective is visited once per set, so loops end and a chain a million deep needs no stack.
 * <pre>{@code
 * OkrSet after = before.with(delight.withKeyResult(nps.withCheckIn(CheckIn.of(day, 38))));
 * OkrDiff diff = OkrDiff.between(before, after);
 * diff.changes();    // [CHECKED_IN kr-nps 34 -> 38]
 * diff.affected();   // [o-company, o-delight]: the objective holding kr-nps, and its ancestors
 * }</pre>
 */
public final class OkrDiff {

  private static final Logger LOG = LoggerFactory.getLogger(OkrDiff.class);

  /** Objectives, then key results, then KPIs; then by id, then by kind. */
  private static final Comparator<Change> ORDER = Comparator
      .comparing((Change c) -> c.isAboutObjective() ? 0 : c.isAboutKpi() ? 2 : 1)
      .thenComparing(c -> c.subject().value())
      .thenComparing(Change::kind);

  private final OkrSet before;
  private final OkrSet after;
  private final List<Change> changes;
  private final List<ObjectiveId> affected;
  private final List<KeyResultId> affectedKeyResults;

  private OkrDiff(OkrSet before, OkrSet after) {
    this.before = before;
    this.after = after;
    List<Change> found = new ArrayList<>();
    compare(before, after, found);
    compareKpis(before, after, found);
    found.sort(ORDER);
    this.changes = List.copyOf(found);
    List<ObjectiveId> objectives = new ArrayList<>();
    List<KeyResultId> keyResults = new ArrayList<>();
    List<ObjectiveId> linked = kpiObjectives(before, after, changes);
    ancestors(before, changes, linked, objectives, keyResults);
    ancestors(after, changes, linked, objectives, keyResults);
    this.affected = objectives.stream().sorted().distinct().toList();
    this.affectedKeyResults = keyResults.stream().sorted().distinct().toList();
    LOG.debug("diff: {} changes, {} objectives and {} key results affected", changes.size(),
        affected.size(), affectedKeyResults.size());
  }

  /**
   * What changed from {@code before} to {@code after}.
   *
   * @param before the set as stored
   * @param after the set as edited
   */
  public static OkrDiff between(OkrSet before, OkrSet after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return new OkrDiff(before, after);
  }

  /** The set before the edit. */
  public OkrSet before() {
    return before;
  }

  /** The set after the edit. */
  public OkrSet after() {
    return after;
  }

  /**
   * Every change: those about objectives first, then those about key results, then those about
   * KPIs ({@link OkrSet#kpis()}), each group by subject id, each subject's in {@link ChangeKind}
   * order. An added or removed objective's key results are listed as added or removed too.
   */
  public List<Change> changes() {
    return changes;
  }

  /** True if the edit changed nothing okr4j compares. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes about one objective, key result or KPI, in {@link #changes()} order. */
  public List<Change> about(Identifier<?> subject) {
    Objects.requireNonNull(subject, "subject");
    return changes.stream().filter(c -> c.subject().equals(subject)).toList();
  }

  /**
   * The objectives whose progress, status or findings the edit may move, in id order: each
   * changed objective, each objective holding a changed key result or a key result it rolls up
   * into ({@link #affectedKeyResults()}), each objective a changed KPI links to (in either set:
   * its links before and after), and every objective above them through vertical links, in the
   * set before the edit (old parents) and in the set after (new parents). An objective removed or
   * added by the edit is listed; it is in one set only.
   */
  public List<ObjectiveId> affected() {
    return affected;
  }

  /**
   * The key results whose progress the edit may move, in id order: each changed key result and
   * every key result it contributes to up the key-result cascade ({@link KeyResult#contributions()},
   * whose {@linkplain KeyResult#rollUp() roll-ups} read it), in the set before the edit and in
   * the set after. A key result removed or added by the edit is listed; it is in one set only.
   * <pre>{@code
   * // kr-team contributes to kr-region, which contributes to kr-company
   * diff.changes();              // [CHECKED_IN kr-team 1 -> 3]
   * diff.affectedKeyResults();   // [kr-company, kr-region, kr-team]
   * }</pre>
   */
  public List<KeyResultId> affectedKeyResults() {
    return affectedKeyResults;
  }

  /** For example {@code OkrDiff[1 changes, 2 objectives affected]}: counts, never titles. */
  @Override
  public String toString() {
    return "OkrDiff[" + changes.size() + " changes, " + affected.size() + " objectives affected]";
  }

  private static void compare(OkrSet before, OkrSet after, List<Change> out) {
    for (Objective is : after.objectives()) {
      Optional<Objective> previous = before.objective(is.id());
      // equals answers at once for the same instance, and compares a rebuilt one deeply.
      if (previous.isPresent() && previous.get().equals(is)) {
        continue;
      }
      if (previous.isEmpty()) {
        out.add(change(is.id(), ChangeKind.ADDED, null, null));
      } else {
        compareObjectives(previous.get(), is, out);
      }
      for (KeyResult keyResult : is.keyResults()) {
        Optional<KeyResult> was = before.keyResult(keyResult.id());
        if (was.isEmpty()) {
          out.add(change(keyResult.id(), ChangeKind.ADDED, null, is.id()));
          continue;
        }
        ObjectiveId holder = before.objectiveOf(keyResult.id()).orElseThrow().id();
        if (!holder.equals(is.id())) {
          out.add(change(keyResult.id(), ChangeKind.MOVED, holder, is.id()));
        }
        if (was.get() != keyResult) {
          compareKeyResults(was.get(), keyResult, out);
        }
      }
    }
    for (Objective was : before.objectives()) {
      Optional<Objective> next = after.objective(was.id());
      if (next.isPresent() && next.get().equals(was)) {
        continue;
      }
      if (next.isEmpty()) {
        out.add(change(was.id(), ChangeKind.REMOVED, null, null));
      }
      for (KeyResult keyResult : was.keyResults()) {
        if (after.keyResult(keyResult.id()).isEmpty()) {
          out.add(change(keyResult.id(), ChangeKind.REMOVED, was.id(), null));
        }
      }
    }
  }

  private static void compareKpis(OkrSet before, OkrSet after, List<Change> out) {
    for (Kpi is : after.kpis()) {
      Optional<Kpi> previous = before.kpi(is.id());
      if (previous.isEmpty()) {
        out.add(change(is.id(), ChangeKind.ADDED, null, null));
      } else if (!previous.get().equals(is)) {
        compareKpi(previous.get(), is, out);
      }
    }
    for (Kpi was : before.kpis()) {
      if (after.kpi(was.id()).isEmpty()) {
        out.add(change(was.id(), ChangeKind.REMOVED, null, null));
      }
    }
  }

  private static void compareKpi(Kpi was, Kpi is, List<Change> out) {
    KpiId id = is.id();
    if (!was.title().equals(is.title())) {
      out.add(change(id, ChangeKind.RETITLED, null, null));
    }
    if (!was.owner().equals(is.owner())) {
      out.add(change(id, ChangeKind.REOWNED, was.owner().map(Owner::value).orElse(null),
          is.owner().map(Owner::value).orElse(null)));
    }
    if (!was.links().equals(is.links())) {
      out.add(change(id, ChangeKind.MOVED, kpiLinks(was), kpiLinks(is)));
    }
    if (!was.corridor().equals(is.corridor())) {
      out.add(change(id, ChangeKind.RETARGETED, was.corridor(), is.corridor()));
    }
    if (!was.readings().equals(is.readings())) {
      out.add(change(id, ChangeKind.CHECKED_IN, latest(was), latest(is)));
    }
    // As for objectives: the unit, or an attribute added to Kpi later, is an edit of its own.
    if (!Kpi.builder().from(was).title(is.title()).owner(is.owner()).links(is.links())
        .corridor(is.corridor()).readings(is.readings()).build().equals(is)) {
      out.add(change(id, ChangeKind.EDITED, null, null));
    }
  }

  private static String latest(Kpi kpi) {
    return kpi.latest().map(reading -> MeasureText.number(reading.value())).orElse(null);
  }

  private static String kpiLinks(Kpi kpi) {
    return kpi.links().isEmpty() ? null : kpi.links().toString();
  }

  private static void compareObjectives(Objective was, Objective is, List<Change> out) {
    ObjectiveId id = is.id();
    if (!was.title().equals(is.title())) {
      out.add(change(id, ChangeKind.RETITLED, null, null));
    }
    if (!was.owner().equals(is.owner()) || !was.coOwners().equals(is.coOwners())
        || !was.sharedWith().equals(is.sharedWith())) {
      out.add(change(id, ChangeKind.REOWNED, owners(was.owner(), was.coOwners(), was.sharedWith()),
          owners(is.owner(), is.coOwners(), is.sharedWith())));
    }
    if (!was.alignments().equals(is.alignments())) {
      out.add(change(id, ChangeKind.MOVED, links(was), links(is)));
    }
    if (!was.judgement().equals(is.judgement()) || !was.finalScore().equals(is.finalScore())) {
      out.add(change(id, ChangeKind.JUDGED, null, null));
    }
    boolean edited = !was.description().equals(is.description())
        || !was.level().equals(is.level()) || !was.cycle().equals(is.cycle())
        || was.commitment() != is.commitment() || !was.perspective().equals(is.perspective())
        || !was.themes().equals(is.themes()) || !was.origin().equals(is.origin())
        || !was.standaloneReason().equals(is.standaloneReason()) || was.state() != is.state()
        || !was.carriedOverFrom().equals(is.carriedOverFrom());
    // An attribute added to Objective later, and compared by its equals, still shows, whatever
    // else changed: the old objective with every attribute compared above (and its key results)
    // set to the new one's differs from the new one only in the attributes not compared above.
    if (edited || !Objective.builder().from(was).title(is.title()).owner(is.owner())
        .coOwners(is.coOwners()).sharedWith(is.sharedWith()).alignments(is.alignments())
        .judgement(is.judgement()).finalScore(is.finalScore()).keyResults(is.keyResults())
        .description(is.description()).level(is.level()).cycle(is.cycle())
        .commitment(is.commitment()).perspective(is.perspective()).themes(is.themes())
        .origin(is.origin()).standaloneReason(is.standaloneReason()).state(is.state())
        .carriedOverFrom(is.carriedOverFrom()).build().equals(is)) {
      out.add(change(id, ChangeKind.EDITED, null, null));
    }
  }

  private static void compareKeyResults(KeyResult was, KeyResult is, List<Change> out) {
    KeyResultId id = is.id();
    if (!was.title().equals(is.title())) {
      out.add(change(id, ChangeKind.RETITLED, null, null));
    }
    if (!was.owner().equals(is.owner()) || !was.coOwners().equals(is.coOwners())) {
      out.add(change(id, ChangeKind.REOWNED, owners(was.owner(), was.coOwners(), List.of()),
          owners(is.owner(), is.coOwners(), List.of())));
    }
    if (!was.contributions().equals(is.contributions())) {
      out.add(change(id, ChangeKind.MOVED, contributions(was), contributions(is)));
    }
    if (!was.measure().equals(is.measure())) {
      out.add(change(id, ChangeKind.RETARGETED, was.measure(), is.measure()));
    }
    if (Double.compare(was.weight(), is.weight()) != 0
        || !was.pinnedShare().equals(is.pinnedShare())) {
      out.add(change(id, ChangeKind.REWEIGHTED, weighting(was), weighting(is)));
    }
    if (!was.checkIns().equals(is.checkIns())) {
      out.add(change(id, ChangeKind.CHECKED_IN, number(was.currentValue()),
          number(is.currentValue())));
    }
    if (!was.judgement().equals(is.judgement()) || !was.finalScore().equals(is.finalScore())) {
      out.add(change(id, ChangeKind.JUDGED, null, null));
    }
    boolean edited = !was.contributors().equals(is.contributors())
        || !was.initiatives().equals(is.initiatives()) || !was.cadence().equals(is.cadence())
        || !was.waypoints().equals(is.waypoints()) || !was.rollUp().equals(is.rollUp());
    // As for objectives: an attribute added later still shows as an edit of its own, whatever
    // else changed.
    if (edited || !KeyResult.builder().from(was).title(is.title()).owner(is.owner())
        .coOwners(is.coOwners()).contributions(is.contributions()).measure(is.measure())
        .weight(is.weight()).checkIns(is.checkIns()).judgement(is.judgement())
        .finalScore(is.finalScore()).contributors(is.contributors())
        .initiatives(is.initiatives()).cadence(is.cadence()).waypoints(is.waypoints())
        .rollUp(is.rollUp()).pinnedShare(is.pinnedShare()).build().equals(is)) {
      out.add(change(id, ChangeKind.EDITED, null, null));
    }
  }

  /**
   * The owner's id, then each co-owner's after a {@code +}, then each share: {@code ops +p31
   * shared support=0.5}; null when there is none of them, as for a missing owner.
   */
  private static String owners(Optional<Owner> owner, List<Owner> coOwners, List<Share> shares) {
    StringBuilder text = new StringBuilder(owner.map(Owner::value).orElse(""));
    for (Owner coOwner : coOwners) {
      text.append(text.length() == 0 ? "+" : " +").append(coOwner.value());
    }
    for (Share share : shares) {
      text.append(text.length() == 0 ? "shared " : " shared ").append(share);
    }
    return text.length() == 0 ? null : text.toString();
  }

  private static Change change(Identifier<?> subject, ChangeKind kind, Object from, Object to) {
    return new Change(subject, kind, Optional.ofNullable(from).map(Object::toString),
        Optional.ofNullable(to).map(Object::toString));
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? MeasureText.number(value.getAsDouble()) : null;
  }

  /** The weight, then the pinned share if any: {@code 2 pinned 0.5}. */
  private static String weighting(KeyResult keyResult) {
    OptionalDouble pin = keyResult.pinnedShare();
    return MeasureText.number(keyResult.weight())
        + (pin.isPresent() ? " pinned " + MeasureText.number(pin.getAsDouble()) : "");
  }

  private static String contributions(KeyResult keyResult) {
    return keyResult.contributions().isEmpty() ? null : keyResult.contributions().toString();
  }

  private static String links(Objective objective) {
    return objective.alignments().isEmpty() ? null : objective.alignments().toString();
  }

  /**
   * The objectives each changed KPI links to, before the edit and after it: the KPI's links in
   * the set that holds it, in either set.
   */
  private static List<ObjectiveId> kpiObjectives(OkrSet before, OkrSet after,
      List<Change> changes) {
    List<ObjectiveId> ids = new ArrayList<>();
    KpiId last = null;
    for (Change change : changes) {
      // A KPI's changes are listed together: look each changed KPI up once.
      if (change.subject() instanceof KpiId kpi && !kpi.equals(last)) {
        last = kpi;
        before.kpi(kpi).ifPresent(k -> k.links().forEach(link -> ids.add(link.objective())));
        after.kpi(kpi).ifPresent(k -> k.links().forEach(link -> ids.add(link.objective())));
      }
    }
    return ids;
  }

  /**
   * Walks up from each changed objective or key result and each objective a changed KPI links to
   * ({@code linked}): a key result leads to its objective and to the key results it contributes
   * to (whose roll-ups read it), an objective to its parents. Nodes are numbered objectives
   * first, then key results; each is visited once. Adds the objectives and key results reached.
   */
  private static void ancestors(OkrSet set, List<Change> changes, List<ObjectiveId> linked,
      List<ObjectiveId> out, List<KeyResultId> keyResultsOut) {
    if (changes.isEmpty()) {
      return;
    }
    OkrLinks links = set.links();
    int objectives = links.objectiveCount();
    boolean[] seen = new boolean[objectives + links.keyResultCount()];
    int[] stack = new int[seen.length];
    int top = 0;
    for (Change change : changes) {
      Identifier<?> subject = change.subject();
      int node = subject instanceof ObjectiveId objective ? set.positionOf(objective)
          : subject instanceof KeyResultId keyResult
              ? keyResultNode(objectives, set.positionOf(keyResult)) : -1;
      top = push(node, seen, stack, top);
    }
    for (ObjectiveId objective : linked) {
      top = push(set.positionOf(objective), seen, stack, top);
    }
    while (top > 0) {
      int node = stack[--top];
      if (node >= objectives) {
        int keyResult = node - objectives;
        int holder = links.objectiveOfKeyResult(keyResult);
        keyResultsOut.add(set.objectives().get(holder).keyResults()
            .get(keyResult - links.firstKeyResult(holder)).id());
        top = push(holder, seen, stack, top);
        for (int l = links.keyResultLinkStart(keyResult); l < links.keyResultLinkEnd(keyResult);
            l++) {
          top = push(keyResultNode(objectives, links.keyResultLinkParent(l)), seen, stack, top);
        }
        continue;
      }
      out.add(set.objectives().get(node).id());
      for (int e = links.parentEdgeStart(node); e < links.parentEdgeEnd(node); e++) {
        top = push(links.parentOf(e), seen, stack, top);
      }
    }
  }

  private static int keyResultNode(int objectives, int keyResult) {
    return keyResult < 0 ? -1 : objectives + keyResult;
  }

  private static int push(int node, boolean[] seen, int[] stack, int top) {
    if (node < 0 || seen[node]) {
      return top;
    }
    seen[node] = true;
    stack[top] = node;
    return top + 1;
  }
}
