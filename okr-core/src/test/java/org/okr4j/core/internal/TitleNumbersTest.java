package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;

class TitleNumbersTest {

  private static int keyResults;

  private static Objective objective(String title, String... keyResultTitles) {
    Objective.Builder builder = Objective.builder().id(ObjectiveId.of("o" + keyResults++))
        .title(title).level(LevelScheme.standard().level("team")).cycle(CycleId.of("q1"));
    for (String keyResultTitle : keyResultTitles) {
      builder.addKeyResults(KeyResult.builder().id(KeyResultId.of("kr" + keyResults++))
          .title(keyResultTitle).measure(LinearMeasure.of(0, 10)).build());
    }
    return builder.build();
  }

  @Test
  void numbersEqualTitlesAlikeInTheOrderFirstMet() {
    // Equal titles built apart are different instances: numbered by content, not identity.
    String copy = new String("Close 20 deals".toCharArray());
    List<Objective> objectives = List.of(
        objective("Grow", "Close 20 deals", "Hire 3 people"),
        objective("Grow", copy, "Ship v2"),
        objective("Retain", "Hire 3 people"));
    TitleNumbers keyResultNumbers = TitleNumbers.ofKeyResults(objectives);
    assertThat(keyResultNumbers.size()).isEqualTo(5);
    assertThat(keyResultNumbers.count()).isEqualTo(3);
    assertThat(List.of(0, 1, 2, 3, 4)).extracting(keyResultNumbers::number)
        .containsExactly(0, 1, 0, 2, 1);
    assertThat(keyResultNumbers.title(2)).isEqualTo("Ship v2");
    TitleNumbers objectiveNumbers = TitleNumbers.ofObjectives(objectives);
    assertThat(objectiveNumbers.size()).isEqualTo(3);
    assertThat(objectiveNumbers.count()).isEqualTo(2);
    assertThat(List.of(0, 1, 2)).extracting(objectiveNumbers::number).containsExactly(0, 0, 1);
    assertThat(objectiveNumbers.title(1)).isEqualTo("Retain");
  }

  @Test
  @Timeout(10)
  void agreesWithAHashMapOverManyTitlesAndSharedHashes() {
    // "Aa" and "BB" share a hash, so do their concatenations: the table compares the titles.
    Random random = new Random(7);
    List<Objective> objectives = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (int o = 0; o < 3_000; o++) {
      String[] own = new String[4];
      for (int k = 0; k < own.length; k++) {
        int pick = random.nextInt(5_000);
        own[k] = pick % 7 == 0 ? (pick % 2 == 0 ? "Aa" : "BB") + "Aa".repeat(pick % 3)
            : "Title " + pick;
        titles.add(own[k]);
      }
      objectives.add(objective("Objective " + o % 50, own));
    }
    TitleNumbers numbers = TitleNumbers.ofKeyResults(objectives);
    Map<String, Integer> expected = new HashMap<>();
    for (int p = 0; p < titles.size(); p++) {
      int number = expected.computeIfAbsent(titles.get(p), t -> expected.size());
      assertThat(numbers.number(p)).as("position %d", p).isEqualTo(number);
      assertThat(numbers.title(number)).isEqualTo(titles.get(p));
    }
    assertThat(numbers.count()).isEqualTo(expected.size()).isGreaterThan(3_000);
  }

  @Test
  @Timeout(10)
  void numbersTitlesWhoseHashIsZeroAcrossGrowth() {
    // Both titles hash to 0; met again, as copies, after thousands of others grew the table.
    String zero = "f5a5a608";
    String alsoZero = "pollinating sandboxes";
    assertThat(zero.hashCode()).isZero();
    assertThat(alsoZero.hashCode()).isZero();
    List<Objective> objectives = new ArrayList<>();
    objectives.add(objective("Objective", zero, alsoZero));
    for (int o = 0; o < 1_000; o++) {
      objectives.add(objective("Objective", "a" + o, "b" + o, "c" + o));
    }
    objectives.add(objective("Objective", new String(alsoZero.toCharArray()),
        new String(zero.toCharArray()), "a7"));
    TitleNumbers numbers = TitleNumbers.ofKeyResults(objectives);
    int last = numbers.size() - 3;
    assertThat(List.of(0, 1, last, last + 1, last + 2)).extracting(numbers::number)
        .containsExactly(0, 1, 1, 0, 2 + 7 * 3);
    assertThat(numbers.count()).isEqualTo(3_002);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 63, 64, 65, 127, 128, 129, 200})
  void numbersEveryTitleWhateverTheCountAgainstItsBlocksOfSixtyFour(int count) {
    // Titles are numbered in blocks of 64: a count on, before or after a block's end, titles
    // repeated within one block and across blocks, and the last partial block all numbered.
    List<Objective> objectives = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String title = k % 3 == 0 ? "Repeated " + k % 7 : "Own " + k;
      titles.add(title);
      objectives.add(objective("Objective", new String(title.toCharArray())));
    }
    TitleNumbers numbers = TitleNumbers.ofKeyResults(objectives);
    TitleNumbers objectiveNumbers = TitleNumbers.ofObjectives(objectives);
    Map<String, Integer> expected = new HashMap<>();
    for (int p = 0; p < count; p++) {
      int number = expected.computeIfAbsent(titles.get(p), t -> expected.size());
      assertThat(numbers.number(p)).as("position %d", p).isEqualTo(number);
      assertThat(numbers.title(number)).isEqualTo(titles.get(p));
    }
    assertThat(numbers.size()).isEqualTo(count);
    assertThat(numbers.count()).isEqualTo(expected.size());
    assertThat(objectiveNumbers.size()).isEqualTo(count);
    assertThat(objectiveNumbers.count()).isEqualTo(Math.min(count, 1));
  }

  @Test
  void aMemoWorksOutEachDistinctTitleOnce() {
    List<Objective> objectives = List.of(objective("Grow", "a", "b", "a"),
        objective("Grow", "b", "c"));
    AtomicInteger calls = new AtomicInteger();
    TitleNumbers.Memo<Integer> length = TitleNumbers.ofKeyResults(objectives)
        .memo(title -> {
          calls.incrementAndGet();
          return title.length() + title.charAt(0);
        });
    assertThat(List.of(0, 1, 2, 3, 4)).extracting(length::at)
        .containsExactly(1 + 'a', 1 + 'b', 1 + 'a', 1 + 'b', 1 + 'c');
    assertThat(length.ofNumber(2)).isEqualTo(1 + 'c');
    assertThat(calls).hasValue(3);
    TitleNumbers.Memo<String> none = TitleNumbers.ofKeyResults(objectives).memo(title -> null);
    assertThatThrownBy(() -> none.at(0)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("memo value");
  }

  @Test
  void aMemoWithAUsualValueAnswersWithItAndWorksOutEachTitleOnce() {
    List<Objective> objectives = List.of(objective("Grow", "a", "bb", "a"),
        objective("Grow", "bb", "c"));
    AtomicInteger calls = new AtomicInteger();
    String usual = "short";
    TitleNumbers.Memo<String> shortOrTitle = TitleNumbers.ofKeyResults(objectives)
        .memo(title -> {
          calls.incrementAndGet();
          // For short titles an instance equal to the usual value, not the same one.
          return title.length() > 1 ? title : new String(usual);
        }, usual);
    for (int round = 0; round < 2; round++) {
      assertThat(List.of(0, 1, 2, 3, 4)).extracting(shortOrTitle::at)
          .containsExactly("short", "bb", "short", "bb", "short");
      assertThat(List.of(0, 2, 4)).extracting(shortOrTitle::at).allSatisfy(
          value -> assertThat(value).isSameAs(usual));
    }
    assertThat(shortOrTitle.ofNumber(1)).isEqualTo("bb");
    assertThat(calls).hasValue(3);
    TitleNumbers numbers = TitleNumbers.ofKeyResults(objectives);
    assertThatThrownBy(() -> numbers.memo(title -> title, null))
        .isInstanceOf(NullPointerException.class).hasMessage("usual");
    TitleNumbers.Memo<String> none = numbers.memo(title -> null, usual);
    assertThatThrownBy(() -> none.at(0)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("memo value");
  }

  @Test
  void aMemoWithAUsualValueGrowsPastManyTitlesOfALiveView() {
    TitleNumbers.Numbering numbering = new TitleNumbers.Numbering(1_000);
    AtomicInteger calls = new AtomicInteger();
    TitleNumbers.Memo<Integer> evenOrLength = numbering.live().memo(title -> {
      calls.incrementAndGet();
      return title.length() % 2 == 0 ? 0 : title.length();
    }, 0);
    for (int p = 0; p < 1_000; p++) {
      numbering.add(p, "t".repeat(p % 7 + 1) + p);
      numbering.flush();
      String title = "t".repeat(p % 7 + 1) + p;
      assertThat(evenOrLength.at(p)).isEqualTo(title.length() % 2 == 0 ? 0 : title.length());
    }
    for (int p = 0; p < 1_000; p++) {
      String title = "t".repeat(p % 7 + 1) + p;
      assertThat(evenOrLength.at(p)).isEqualTo(title.length() % 2 == 0 ? 0 : title.length());
    }
    // Each title worked out once: growing kept what earlier titles gave, the usual bits too.
    assertThat(calls).hasValue(1_000);
  }

  @Test
  void theKeysOfACheckHoldTheSameNumbers() {
    List<Objective> objectives = List.of(objective("Grow", "a", "b"), objective("Keep", "b"),
        objective("Grow", "c"));
    TitleNumbers keyResults = SetColumns.of(objectives).keyResultTitles();
    TitleNumbers direct = TitleNumbers.ofKeyResults(objectives);
    assertThat(List.of(0, 1, 2, 3)).extracting(keyResults::number)
        .containsExactly(0, 1, 1, 2).isEqualTo(List.of(0, 1, 2, 3).stream()
            .map(direct::number).toList());
    TitleNumbers objectiveNumbers = TitleNumbers.OfObjectives.of(objectives).numbers();
    assertThat(List.of(0, 1, 2)).extracting(objectiveNumbers::number).containsExactly(0, 1, 0);
  }

  @Test
  void aLiveViewNumbersTitlesInAnyOrderAsTheyAreFlushed() {
    TitleNumbers.Numbering numbering = new TitleNumbers.Numbering(4);
    TitleNumbers live = numbering.live();
    AtomicInteger calls = new AtomicInteger();
    // A memo made before any title is numbered grows as titles come.
    TitleNumbers.Memo<String> upper = live.memo(title -> {
      calls.incrementAndGet();
      return title.toUpperCase(java.util.Locale.ROOT);
    });
    numbering.add(3, "b");
    numbering.add(1, "a");
    assertThat(live.count()).isZero();
    numbering.flush();
    assertThat(live.count()).isEqualTo(2);
    assertThat(List.of(3, 1)).extracting(live::number).containsExactly(0, 1);
    assertThat(List.of(3, 1)).extracting(upper::at).containsExactly("B", "A");
    numbering.add(0, "a");
    numbering.add(2, "c");
    numbering.flush();
    assertThat(List.of(0, 1, 2, 3)).extracting(upper::at).containsExactly("A", "A", "C", "B");
    assertThat(calls).hasValue(3);
    TitleNumbers finished = numbering.finish();
    assertThat(finished.count()).isEqualTo(3);
    assertThat(List.of(0, 1, 2)).extracting(finished::title).containsExactly("b", "a", "c");
    assertThat(List.of(0, 1, 2, 3)).extracting(finished::number).containsExactly(1, 1, 2, 0);
  }

  @Test
  void aMemoOverALiveViewGrowsPastManyTitles() {
    TitleNumbers.Numbering numbering = new TitleNumbers.Numbering(1_000);
    TitleNumbers.Memo<Integer> length = numbering.live().memo(String::length);
    for (int p = 0; p < 1_000; p++) {
      numbering.add(p, "t" + p);
      numbering.flush();
      assertThat(length.at(p)).isEqualTo(("t" + p).length());
    }
    assertThat(numbering.finish().count()).isEqualTo(1_000);
  }

  @Test
  void growsPastItsFirstGuessWhenEveryTitleIsDistinct() {
    List<Objective> objectives = new ArrayList<>();
    for (int o = 0; o < 5_000; o++) {
      objectives.add(objective("Objective " + o, "a" + o, "b" + o, "c" + o, "d" + o));
    }
    TitleNumbers keyResults = TitleNumbers.ofKeyResults(objectives);
    assertThat(keyResults.count()).isEqualTo(20_000);
    for (int p = 0; p < 20_000; p++) {
      assertThat(keyResults.number(p)).isEqualTo(p);
    }
    assertThat(keyResults.title(19_999)).isEqualTo("d4999");
    TitleNumbers objectiveNumbers = TitleNumbers.ofObjectives(objectives);
    assertThat(objectiveNumbers.count()).isEqualTo(5_000);
    assertThat(objectiveNumbers.number(4_999)).isEqualTo(4_999);
  }
}
