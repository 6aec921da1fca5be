package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;

/** {@link ValidationPolicy#check(OkrSet, java.time.LocalDate, Executor)}: same result, other threads. */
class CheckOnExecutorTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** A set that breaks local rules of several kinds: too many key results, vague wording. */
  private static OkrSet brokenSet() {
    return Fixtures.objective("o-sales", o -> {
      o.keyResults(List.of());
      for (int i = 0; i < 7; i++) {
        o.addKeyResults(Fixtures.keyResult("kr-s" + i, "Improve things " + i,
            LinearMeasure.of(0, 10)));
      }
      return o;
    }).apply(healthy());
  }

  /** A whole-set rule reporting one violation per objective, naming the thread it ran on. */
  private static ValidationRule perObjective(String code, Set<String> threads) {
    return (context, out) -> {
      threads.add(Thread.currentThread().getName());
      for (Objective objective : context.set().objectives()) {
        out.accept(Violation.of(code, Severity.INFO, objective.id()));
      }
    };
  }

  private static ValidationPolicy withVendorRules(Set<String> threads) {
    return ValidationPolicy.defaults()
        .with("acme.first", perObjective("acme.first", threads))
        .with("acme.second", perObjective("acme.second", threads))
        .with("acme.third", perObjective("acme.third", threads));
  }

  @Test
  void everyExecutorGivesTheResultOfOneThread() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ValidationPolicy policy = withVendorRules(threads);
    OkrSet set = brokenSet();
    List<Violation> expected = policy.check(set, AS_OF).violations();
    assertThat(expected).extracting(Violation::code)
        .contains("focus.key-results.too-many", "acme.first", "acme.third");
    List<Executor> executors = new ArrayList<>();
    executors.add(pool);
    executors.add(Runnable::run);
    executors.add(task -> {
      throw new RejectedExecutionException("full");
    });
    executors.add(task -> { }); // accepts the work and never runs it
    for (Executor executor : executors) {
      assertThat(policy.check(set, AS_OF, executor).violations()).as(executor.toString())
          .isEqualTo(expected);
    }
  }

  @Test
  void theExecutorTakesRulesFromTheLastAndTheResultKeepsThePolicysOrder() throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<String> order = new ArrayList<>();
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.first", (context, out) -> {
          synchronized (order) {
            order.add("first");
          }
          perObjective("acme.first", threads).check(context, out);
        })
        .rule("acme.second", (context, out) -> {
          synchronized (order) {
            order.add("second");
          }
          perObjective("acme.second", threads).check(context, out);
        })
        .build();
    // Runs each task to its end on a thread of its own before returning.
    Executor elsewhere = task -> {
      Thread thread = new Thread(task, "elsewhere");
      thread.start();
      try {
        thread.join();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    };
    ValidationResult result = policy.check(healthy(), AS_OF, elsewhere);
    assertThat(order).containsExactly("second", "first");
    assertThat(threads).containsExactly("elsewhere");
    assertThat(result.violations()).extracting(Violation::code)
        .containsSubsequence("acme.first", "acme.second")
        .doesNotContainSubsequence("acme.second", "acme.first");
  }

  @Test
  void theFirstFailingRuleInThePolicysOrderIsThrownOnceEveryRuleHasEnded() {
    AtomicInteger ran = new AtomicInteger();
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.first", (context, out) -> {
          ran.incrementAndGet();
          throw new IllegalStateException("first");
        })
        .rule("acme.second", (context, out) -> ran.incrementAndGet())
        .rule("acme.third", (context, out) -> {
          ran.incrementAndGet();
          throw new IllegalArgumentException("third");
        })
        .build();
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF, pool))
        .isInstanceOf(IllegalStateException.class).hasMessage("first");
    assertThat(ran).hasValue(3);
    ran.set(0);
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF))
        .isInstanceOf(IllegalStateException.class).hasMessage("first");
    assertThat(ran).hasValue(3);
  }

  @Test
  void whenTheWalkOverTheObjectivesFailsNoWholeSetRuleStartsAfterIt() {
    AtomicInteger ran = new AtomicInteger();
    ObjectiveRule failing = context -> (position, objective, out) -> {
      throw new IllegalStateException("walk");
    };
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.walk", failing)
        .rule("acme.whole-set", (context, out) -> ran.incrementAndGet())
        .build();
    List<Runnable> offered = new ArrayList<>();
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF, offered::add))
        .isInstanceOf(IllegalStateException.class).hasMessage("walk");
    offered.forEach(Runnable::run);
    assertThat(offered).hasSize(1);
    assertThat(ran).hasValue(0);
  }

  @Test
  void anInterruptedCallerStillGetsTheWholeResultAndKeepsItsInterrupt() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ValidationPolicy policy = withVendorRules(threads);
    List<Violation> expected = policy.check(brokenSet(), AS_OF).violations();
    Thread.currentThread().interrupt();
    ValidationResult result;
    try {
      result = policy.check(brokenSet(), AS_OF, pool);
    } finally {
      assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
    }
    assertThat(result.violations()).isEqualTo(expected);
  }

  /** A value rules derive from the check, counted as it is made. */
  private record Shared(int made) {}

  @Test
  void rulesRunningAtOnceShareOneDerivedValue() throws Exception {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch bothRunning = new CountDownLatch(2);
    ValidationRule asksForShared = (context, out) -> {
      bothRunning.countDown();
      try {
        bothRunning.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Shared shared = context.derived(Shared.class, c -> {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Shared(made.incrementAndGet());
      });
      out.accept(Violation.of("acme.shared", Severity.INFO, c(context))
          .withValue("made", shared.made()));
    };
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.one", asksForShared).rule("acme.two", asksForShared).build();
    ValidationResult result = policy.check(healthy(), AS_OF, pool);
    assertThat(bothRunning.getCount()).as("both rules ran at once").isZero();
    assertThat(made).hasValue(1);
    assertThat(result.violations()).extracting(v -> v.values().get("made")).containsOnly("1");
  }

  private static org.okr4j.core.ObjectiveId c(ValidationContext context) {
    return context.set().objectives().get(0).id();
  }

  @Test
  void aNullExecutorIsRejected() {
    assertThatThrownBy(() -> ValidationPolicy.defaults().check(healthy(), AS_OF, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("executor");
  }
}
