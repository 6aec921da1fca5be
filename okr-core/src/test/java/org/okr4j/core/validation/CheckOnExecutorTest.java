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
    executors.add(task -> {
      throw new IllegalStateException("shut down");
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
    ValidationResult result = policy.check(healthy(), AS_OF, CheckOnExecutorTest::runElsewhere);
    assertThat(order).containsExactly("second", "first");
    assertThat(threads).containsExactly("elsewhere");
    assertThat(result.violations()).extracting(Violation::code)
        .containsSubsequence("acme.first", "acme.second")
        .doesNotContainSubsequence("acme.second", "acme.first");
  }

  @Test
  void theFailureThrownIsTheOneASingleThreadWouldThrow() {
    List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.first", (context, out) -> {
          ran.add("first");
          throw new IllegalStateException("first");
        })
        .rule("acme.second", (context, out) -> ran.add("second"))
        .rule("acme.third", (context, out) -> {
          ran.add("third");
          throw new IllegalArgumentException("third");
        })
        .build();
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF))
        .isInstanceOf(IllegalStateException.class).hasMessage("first");
    assertThat(ran).containsExactly("first");
    // Run elsewhere first, the third rule's failure rides along with the first's.
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> policy.check(healthy(), AS_OF, CheckOnExecutorTest::runElsewhere));
    assertThat(thrown).hasMessage("first");
    assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage).containsExactly("third");
  }

  @Test
  void aRuleFailingOnTheCallersThreadSkipsTheRulesAfterItNobodyHasStarted() throws Exception {
    List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch thirdStarted = new CountDownLatch(1);
    CountDownLatch firstFailing = new CountDownLatch(1);
    ValidationPolicy policy = ValidationPolicy.builder()
        // The calling thread takes the first rule; the one task that runs elsewhere the third.
        .rule("acme.first", (context, out) -> {
          ran.add("first");
          await(thirdStarted);
          firstFailing.countDown();
          throw new IllegalStateException("first");
        })
        .rule("acme.second", (context, out) -> ran.add("second"))
        .rule("acme.third", (context, out) -> {
          ran.add("third");
          thirdStarted.countDown();
          await(firstFailing);
          throw new IllegalArgumentException("third");
        })
        .build();
    // Runs the first task offered on a thread of its own and keeps the others queued for ever,
    // so that only the calling thread can take the second rule.
    List<Runnable> queued = new ArrayList<>();
    Executor oneTaskOnly = task -> {
      if (queued.isEmpty()) {
        new Thread(task, "elsewhere").start();
      }
      queued.add(task);
    };
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> policy.check(healthy(), AS_OF, oneTaskOnly));
    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("first");
    assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage)
        .containsExactly("third");
    assertThat(ran).containsExactlyInAnyOrder("first", "third");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch").isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anErrorOfTheJvmIsThrownAsItIs() {
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.ok", (context, out) -> { })
        .rule("acme.broken", (context, out) -> {
          throw new InternalError("broken");
        })
        .build();
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF, CheckOnExecutorTest::runElsewhere))
        .isInstanceOf(InternalError.class).hasMessage("broken");
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF))
        .isInstanceOf(InternalError.class).hasMessage("broken");
  }

  @Test
  void tasksLeftInABusyExecutorsQueueHoldNothingOfTheCheck() throws Exception {
    List<Runnable> queued = new ArrayList<>();
    List<java.lang.ref.WeakReference<Shared>> made = new ArrayList<>();
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.derives", (context, out) -> made.add(new java.lang.ref.WeakReference<>(
            context.derived(Shared.class, c -> new Shared(1)))))
        .build();
    assertThat(policy.check(healthy(), AS_OF, queued::add).violations()).isEmpty();
    assertThat(queued).hasSize(1);
    for (int i = 0; i < 50 && made.get(0).get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(made.get(0).get()).as("the check's derived value, while a task is queued").isNull();
    queued.forEach(Runnable::run); // and running it late does nothing
  }

  /** Runs a task to its end on a thread of its own before returning. */
  private static void runElsewhere(Runnable task) {
    Thread thread = new Thread(task, "elsewhere");
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRuleThrowingACheckedExceptionSneakilyIsNotLost() {
    ValidationRule sneaky = (context, out) -> CheckOnExecutorTest.<RuntimeException>sneak(
        new java.io.IOException("disk"));
    ValidationPolicy policy = ValidationPolicy.builder().rule("acme.sneaky", sneaky).build();
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF, CheckOnExecutorTest::runElsewhere))
        .isInstanceOf(java.io.IOException.class).hasMessage("disk");
    assertThatThrownBy(() -> policy.check(healthy(), AS_OF))
        .isInstanceOf(java.io.IOException.class).hasMessage("disk");
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneak(Throwable failure) throws T {
    throw (T) failure;
  }

  @Test
  void theWalksFailureIsThrownWithTheWholeSetRulesFailuresSuppressed() {
    ObjectiveRule failing = context -> (position, objective, out) -> {
      throw new IllegalStateException("walk");
    };
    ValidationPolicy policy = ValidationPolicy.builder()
        .rule("acme.walk", failing)
        .rule("acme.whole-set", (context, out) -> {
          throw new IllegalArgumentException("whole set");
        })
        .build();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> policy.check(healthy(), AS_OF, CheckOnExecutorTest::runElsewhere));
    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("walk");
    assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage)
        .containsExactly("whole set");
  }

  @Test
  void aDerivedValueWhoseComputationThrewIsComputedAgain() {
    ValidationContext context = ValidationPolicy.defaults().context(healthy(), null, AS_OF);
    assertThatThrownBy(() -> context.derived(Shared.class, c -> {
      throw new IllegalStateException("not yet");
    })).hasMessage("not yet");
    assertThat(context.derived(Shared.class, c -> new Shared(7)).made()).isEqualTo(7);
    assertThat(context.derived(Shared.class, c -> new Shared(8)).made()).isEqualTo(7);
    assertThatThrownBy(() -> context.derived(Record.class, c -> null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("derived value");
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
  void anInterruptedCallerWaitsForTheRulesRunningElsewhereAndKeepsItsInterrupt() {
    java.util.concurrent.atomic.AtomicBoolean lastStarted =
        new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicBoolean lastEnded =
        new java.util.concurrent.atomic.AtomicBoolean();
    ValidationPolicy policy = ValidationPolicy.builder()
        // Whichever thread takes the first rule holds it until a pool thread has the last.
        .rule("acme.first", (context, out) -> {
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          while (!lastStarted.get() && System.nanoTime() < until) {
            Thread.onSpinWait();
          }
        })
        .rule("acme.last", (context, out) -> {
          lastStarted.set(true);
          long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          out.accept(Violation.of("acme.last", Severity.INFO, c(context)));
          lastEnded.set(true);
        })
        .build();
    Thread.currentThread().interrupt();
    ValidationResult result;
    try {
      result = policy.check(healthy(), AS_OF, pool);
    } finally {
      assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
    }
    assertThat(lastEnded).isTrue();
    assertThat(result.violations()).extracting(Violation::code).containsExactly("acme.last");
  }

  /** A value rules derive from the check, counted as it is made. */
  private record Shared(int made) {}

  @Test
  void rulesRunningAtOnceShareOneDerivedValue() throws Exception {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch bothRunning = new CountDownLatch(2);
    Set<Boolean> metTheOther = ConcurrentHashMap.newKeySet();
    ValidationRule asksForShared = (context, out) -> {
      bothRunning.countDown();
      try {
        metTheOther.add(bothRunning.await(10, TimeUnit.SECONDS));
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
    assertThat(metTheOther).as("both rules ran at once").containsExactly(true);
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
