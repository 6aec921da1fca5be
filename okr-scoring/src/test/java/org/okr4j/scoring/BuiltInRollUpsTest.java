package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.PersonId;
import org.okr4j.core.ReportedStatus;
import org.okr4j.core.testing.OkrSets;
import org.quicktheories.core.Gen;

/**
 * {@link Scores} reads the built-in means ({@link RollUps#mean()}, {@link RollUps#weightedMean})
 * and {@link StatusRollUps#worstStatus()} from its arrays instead of through {@link Part}s and
 * {@code Optional}s: the same numbers, bit for bit, and the same statuses as those rules' own
 * definitions (written out here as they were before, behind lambdas {@link Scores} cannot see
 * through), and the same exception past the largest number.
 */
class BuiltInRollUpsTest {

  private static final LocalDate AS_OF = OkrSets.quarter().start().plusDays(40);
  private static final PersonId FACILITATOR = PersonId.of("facilitator");

  /** The plain mean as {@link RollUps#mean()} defined it before it read arrays. */
  private static final RollUp MEAN = parts -> {
    List<Part> scored = parts.stream().filter(p -> p.progress().isScored()).toList();
    if (scored.isEmpty()) {
      return Progress.notScored("no part is scored");
    }
    double sum = 0;
    for (Part part : scored) {
      sum += part.progress().value();
    }
    return Progress.of(sum / scored.size(), "mean");
  };

  /** The weighted mean as {@link RollUps#weightedMean(double)} defined it before. */
  private static RollUp weightedMean(double maxWeight) {
    return parts -> {
      List<Part> scored = parts.stream().filter(p -> p.progress().isScored()).toList();
      if (scored.isEmpty()) {
        return Progress.notScored("no part is scored");
      }
      double weights = 0;
      double sum = 0;
      for (Part part : scored) {
        double w = Math.min(maxWeight, part.weight());
        weights += w;
        sum += w * part.progress().value();
      }
      return weights == 0 ? Progress.of(0, "total weight 0") : Progress.of(sum / weights, "mean");
    };
  }

  /** The worst status as {@link StatusRollUps#worstStatus()} defined it before. */
  private static final StatusRollUp WORST = statuses -> statuses.stream()
      .flatMap(Optional::stream)
      .max(Comparator.comparingInt(Status::severity).thenComparing(Comparator.naturalOrder()));

  /**
   * A policy reading the built-in roll-ups from arrays, and the same policy with them replaced by
   * their definitions, written out here as lambdas {@link Scores} cannot see through: the general
   * path, and the rules as they were.
   */
  private record Pair(ScoringPolicy fast, ScoringPolicy general) {
    static Pair of(ScoringPolicy fast, RollUp definition) {
      // Else the test would compare the general path with itself.
      assertThat(fast.rollUp()).isInstanceOf(RollUps.Numeric.class);
      return new Pair(fast, fast.withRollUp(definition).withStatusRollUp(WORST));
    }
  }

  private static List<Pair> pairs() {
    ScoringPolicy defaults = ScoringPolicy.defaults();
    assertThat(defaults.statusRollUp()).isSameAs(StatusRollUps.worstStatus());
    List<Pair> pairs = new ArrayList<>();
    for (ScoringPolicy policy : List.of(defaults, defaults.withCascade(Cascade.CONTRIBUTING))) {
      ScoringPolicy weighted = policy.withRollUp(RollUps.weightedMean());
      pairs.add(Pair.of(weighted, weightedMean(Double.MAX_VALUE)));
      pairs.add(Pair.of(policy.withRollUp(RollUps.mean()), MEAN));
      pairs.add(Pair.of(policy.withRollUp(RollUps.weightedMean(2)), weightedMean(2)));
      pairs.add(Pair.of(weighted.withRounding(Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT),
          weightedMean(Double.MAX_VALUE)));
      // Perdoo's floor at 0 when averaged, with linear progress left uncapped to go below 0.
      ScoringPolicy uncapped = policy.withScorer(Scorers.byKind(java.util.Map.of(
          org.okr4j.core.MeasureKind.LINEAR, Scorers.linear())));
      pairs.add(Pair.of(uncapped.withRollUp(RollUps.mean().negativeAsZero()),
          MEAN.negativeAsZero()));
      pairs.add(Pair.of(uncapped.withRollUp(RollUps.weightedMean(2).negativeAsZero()),
          weightedMean(2).negativeAsZero()));
    }
    return pairs;
  }

  /**
   * Every third key result given a final score, every fifth objective a standing override of its
   * progress, every seventh a final score: the closing scores and the overrides' path as well;
   * every third objective's links weighted 0 or 2.5.
   */
  private static OkrSet graded(OkrSet set) {
    List<Objective> objectives = new ArrayList<>();
    int k = 0;
    for (int o = 0; o < set.objectives().size(); o++) {
      Objective objective = set.objectives().get(o);
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        keyResults.add(k++ % 3 == 0 ? keyResult.withFinalScore(
            FinalScore.of((k % 10) / 10.0, FACILITATOR, AS_OF.minusDays(1), "graded")) : keyResult);
      }
      Objective.Builder builder = Objective.builder().from(objective).keyResults(keyResults);
      if (o % 3 == 2) {
        // Children counted with weight 0 and 2.5 as well as the generated 1.
        double weight = o % 2 == 0 ? 0 : 2.5;
        builder.alignments(objective.alignments().stream().map(a -> a.withWeight(weight)).toList());
      }
      if (o % 5 == 0) {
        builder.judgement(Judgement.ofProgress(0.25, FACILITATOR, AS_OF.minusDays(2), "held"));
      } else if (o % 5 == 1) {
        // A status alone leaves the number to the roll-up.
        builder.judgement(Judgement.of(OptionalDouble.empty(), Optional.of(ReportedStatus.AT_RISK),
            FACILITATOR, AS_OF.minusDays(2), "worried"));
      }
      if (o % 7 == 0) {
        builder.finalScore(FinalScore.of(0.7, FACILITATOR, AS_OF.minusDays(1), "graded"));
      }
      objectives.add(builder.build());
    }
    return OkrSet.builder().from(set).objectives(objectives).build();
  }

  @Test
  void builtInRollUpsScoreAsTheirDefinitionsDo() {
    qt().forAll(OkrSets.any(5), integers().between(0, 1)).checkAssert((generated, grading) -> {
      OkrSet set = grading == 1 ? graded(generated) : generated;
      for (Pair pair : pairs()) {
        Scores fast = pair.fast().score(set, AS_OF);
        Scores general = pair.general().score(set, AS_OF);
        for (Objective objective : set.objectives()) {
          Progress progress = fast.progress(objective.id());
          Progress expected = general.progress(objective.id());
          assertThat(progress.isScored()).isEqualTo(expected.isScored());
          assertThat(bits(progress)).isEqualTo(bits(expected));
          assertThat(bits(fast.closingScore(objective.id())))
              .isEqualTo(bits(general.closingScore(objective.id())));
          assertThat(fast.status(objective.id())).isEqualTo(general.status(objective.id()));
        }
      }
    });
  }

  private static long bits(Progress progress) {
    return Double.doubleToRawLongBits(progress.orElse(Double.NaN));
  }

  @Test
  void aWeightedMeanBeyondTheLargestNumberThrowsAsItDid() {
    // Weights 1e308 and 8e307 total more than the largest double: the mean is infinity over
    // infinity, which no progress can be.
    OkrSet set = oneObjective(done("kr-a", 1e308), done("kr-b", 8e307));
    Pair pair = Pair.of(ScoringPolicy.defaults().withRollUp(RollUps.weightedMean()),
        weightedMean(Double.MAX_VALUE));
    for (ScoringPolicy policy : List.of(pair.fast(), pair.general())) {
      assertThatIllegalArgumentException().isThrownBy(() -> policy.score(set, AS_OF))
          .withMessage("progress value must be a finite number, but was NaN");
    }
  }

  @Test
  void aMeanBeyondTheLargestNumberThrowsAsItDid() {
    // Uncapped linear progress 1e308 twice: the sum, and so the mean, is infinite.
    OkrSet set = oneObjective(reading("kr-a", 1e308), reading("kr-b", 1e308));
    ScoringPolicy quantive = ScoringPolicy.quantive();
    assertThat(quantive.rollUp()).isSameAs(RollUps.mean());
    for (ScoringPolicy policy : List.of(quantive, quantive.withRollUp(MEAN))) {
      assertThatIllegalArgumentException().isThrownBy(() -> policy.score(set, AS_OF))
          .withMessage("progress value must be a finite number, but was Infinity");
    }
  }

  private static KeyResult reading(String id, double value) {
    return KeyResult.builder().id(org.okr4j.core.KeyResultId.of(id)).title("Key result " + id)
        .measure(org.okr4j.core.LinearMeasure.of(0, 1))
        .addCheckIns(org.okr4j.core.CheckIn.of(AS_OF.minusDays(1), value)).build();
  }

  @Test
  void combineGivesTheDefinitionsNumbers() {
    // Key-result roll-ups and hosts call combine directly: the same number as the definitions'.
    qt().forAll(lists().of(part()).ofSizeBetween(0, 6)).checkAssert(parts -> {
      for (double maxWeight : new double[] {Double.MAX_VALUE, 2}) {
        assertSameNumber(RollUps.weightedMean(maxWeight).combine(parts),
            weightedMean(maxWeight).combine(parts));
      }
      assertSameNumber(RollUps.mean().combine(parts), MEAN.combine(parts));
    });
  }

  private static Gen<Part> part() {
    Gen<Progress> progress = integers().between(-1, 20).map(
        i -> i < 0 ? Progress.notScored("none") : Progress.of(i / 10.0, "read"));
    // Weights 0 to 4: the cap of 2 applies to some.
    return progress.zip(integers().between(0, 8), (p, w) -> Part.of("p", p, w / 2.0));
  }

  private static void assertSameNumber(Progress actual, Progress expected) {
    assertThat(actual.isScored()).isEqualTo(expected.isScored());
    assertThat(bits(actual)).isEqualTo(bits(expected));
  }

  /** A set of one objective in the quarter, holding these key results. */
  private static OkrSet oneObjective(KeyResult... keyResults) {
    Objective objective = Objective.builder().id(ObjectiveId.of("o")).title("Objective o")
        .level(org.okr4j.core.LevelScheme.standard().top()).cycle(OkrSets.QUARTER)
        .addKeyResults(keyResults).build();
    return OkrSet.builder().addCycles(OkrSets.quarter()).addObjectives(objective).build();
  }

  private static KeyResult done(String id, double weight) {
    return KeyResult.builder().id(org.okr4j.core.KeyResultId.of(id)).title("Key result " + id)
        .measure(org.okr4j.core.LinearMeasure.of(0, 10)).weight(weight)
        .addCheckIns(org.okr4j.core.CheckIn.of(AS_OF.minusDays(1), 10)).build();
  }

  @Test
  void weightedMeansExplainATotalWeightOfZero() {
    Progress progress = RollUps.weightedMean().combine(List.of(
        Part.of("a", Progress.of(0.5, "half"), 0), Part.of("b", Progress.notScored("none"), 2)));
    assertThat(progress.value()).isZero();
    assertThat(progress.explanation()).isEqualTo("weighted mean: total weight 0, scored 0");
  }

  @Test
  void aStatusBeatsNoneAndTheWorstOfEqualSeverityIsTheLaterInOrder() {
    // The comparison the byte-coded path uses, and combine, against worstStatus's definition
    // (the path itself is compared with that definition in the property test above).
    for (Status a : Status.values()) {
      for (Status b : Status.values()) {
        Status worst = a.severity() != b.severity()
            ? (a.severity() > b.severity() ? a : b)
            : (a.compareTo(b) >= 0 ? a : b);
        assertThat(StatusRollUps.worstStatus().combine(List.of(
            java.util.Optional.of(a), java.util.Optional.empty(), java.util.Optional.of(b))))
            .contains(worst);
        assertThat(StatusRollUps.isWorse(a, b)).isEqualTo(worst == a && a != b);
      }
    }
  }
}
