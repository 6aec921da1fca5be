package org.okr4j.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.core.CycleId;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the rules that judge the whole set read of each objective and key result, as numbers read
 * in one pass over the set, made once per check ({@code ValidationContext.derived}, keyed by this
 * class) and shared: the key results' {@linkplain #keyResultTitles() title numbers}, the owners of
 * objectives and key results, the objectives' cycles and the key results' linear measures. With
 * ten million key results every pass over the key-result objects waits for memory for each of
 * them; the near-duplicate, owner-load and opposite-directions rules each made one of their own
 * before, and the objectives-per-owner rule one over the objectives in id order. They now read
 * int arrays indexed by position ({@code OkrLinks.firstKeyResult(o) + k} for the key result
 * {@code k} of objective {@code o}, the objective's position for objectives), read in the pass
 * that numbers the key results' titles, where each key-result object is read anyway. On one
 * thread that pass is the walk of the per-objective rules itself ({@link Reader}), when one of
 * them reads title numbers: each objective's columns are read just before its rules read the same
 * objects, which saves a trip to memory for each of them. Beside the title numbers the columns
 * hold about 8 bytes per key result and 8 per objective while the check runs.
 *
 * <p>Owners are numbered 0, 1, 2, ... in the order first met as read (set order for {@link #of},
 * id order in the walk; an objective's owner and co-owners, then each of its key results' own
 * owner and co-owners), cycles likewise; an id of a person and one of a unit with the same text
 * are two owners. The rules read the numbers only to tell owners apart, never for an order.
 * Immutable once made.
 */
public final class SetColumns {

  private static final Logger LOG = LoggerFactory.getLogger(SetColumns.class);

  /** What {@link #linear(int)} gives a key result without a linear measure. */
  public static final int NOT_LINEAR = -1;

  private final TitleNumbers keyResultTitles;
  private final int[] objectiveOwner;
  private final int[] objectiveCycle;
  private final int[] keyResultOwner;
  private final int[] linear;
  private final BitSet coOwnedObjectives;
  private final BitSet coOwnedKeyResults;
  private final List<Owner> owners;
  private final boolean[] person;
  private final Map<Owner, Integer> ownerNumbers;
  private final List<CycleId> cycles;
  private final List<Unit> units;

  private SetColumns(Reader reading) {
    keyResultTitles = reading.titles.finish();
    objectiveOwner = reading.objectiveOwner;
    objectiveCycle = reading.objectiveCycle;
    keyResultOwner = reading.keyResultOwner;
    linear = reading.linear;
    coOwnedObjectives = reading.coOwnedObjectives;
    coOwnedKeyResults = reading.coOwnedKeyResults;
    owners = Collections.unmodifiableList(reading.owners.values);
    // Kept apart from the owners: asked once per key result, it reads no owner object.
    person = new boolean[owners.size()];
    for (int n = 0; n < person.length; n++) {
      person[n] = owners.get(n) instanceof PersonId;
    }
    ownerNumbers = Collections.unmodifiableMap(reading.owners.numbers);
    cycles = Collections.unmodifiableList(reading.cycles.values);
    units = Collections.unmodifiableList(reading.units.values);
  }

  /** The columns of these objectives (a set's, in set order) and their key results. */
  public static SetColumns of(List<Objective> objectives) {
    int keyResults = 0;
    for (Objective objective : objectives) {
      keyResults += objective.keyResults().size();
    }
    Reader reader = new Reader(objectives.size(), keyResults);
    int first = 0;
    for (int o = 0; o < objectives.size(); o++) {
      Objective objective = objectives.get(o);
      reader.read(o, objective, first);
      first += objective.keyResults().size();
    }
    return reader.finish();
  }

  /** The key results' title numbers, key results in set order. */
  public TitleNumbers keyResultTitles() {
    return keyResultTitles;
  }

  /** The number of the owner of the objective at {@code objective}, or -1 if it has none. */
  public int objectiveOwner(int objective) {
    return objectiveOwner[objective];
  }

  /**
   * The number of the owner of the key result at {@code keyResult}: its own, else its
   * objective's; -1 if neither has one.
   */
  public int keyResultOwner(int keyResult) {
    return keyResultOwner[keyResult];
  }

  /** How many owners were met: objectives' and key results' owners and co-owners. */
  public int ownerCount() {
    return owners.size();
  }

  /** The owner numbered {@code number}. */
  public Owner owner(int number) {
    return owners.get(number);
  }

  /** The number of {@code owner}, or -1 if no objective or key result names it. */
  public int ownerNumber(Owner owner) {
    return ownerNumbers.getOrDefault(owner, -1);
  }

  /** True if the owner numbered {@code number} is a person. */
  public boolean isPerson(int number) {
    return person[number];
  }

  /** True if the objective at {@code objective} has co-owners. */
  public boolean hasCoOwners(int objective) {
    return coOwnedObjectives.get(objective);
  }

  /**
   * True if the key result at {@code keyResult} is carried by co-owners: its own, or, if it has
   * no owner of its own, its objective's.
   */
  public boolean isCoOwned(int keyResult) {
    return coOwnedKeyResults.get(keyResult);
  }

  /** The number of the cycle of the objective at {@code objective}. */
  public int cycle(int objective) {
    return objectiveCycle[objective];
  }

  /** How many distinct cycles the objectives name. */
  public int cycleCount() {
    return cycles.size();
  }

  /** The cycle numbered {@code number}. */
  public CycleId cycleId(int number) {
    return cycles.get(number);
  }

  /**
   * The linear measure of the key result at {@code keyResult} as its unit's number times two,
   * plus one if it increases; {@link #NOT_LINEAR} if its measure is not linear.
   */
  public int linear(int keyResult) {
    return linear[keyResult];
  }

  /** The unit numbered {@code number}, as {@link #linear(int)} gives it (halved). */
  public Unit unit(int number) {
    return units.get(number);
  }

  /**
   * Reads the columns an objective at a time, in any order: a whole pass ({@link #of}), or the
   * walk of a check's per-objective rules, which reads each objective's columns just before its
   * rules read the same objects. Owners, cycles and units are numbered in the order read. For one
   * thread.
   */
  public static final class Reader {
    final TitleNumbers.Numbering titles;
    final int[] objectiveOwner;
    final int[] objectiveCycle;
    final int[] keyResultOwner;
    final int[] linear;
    final BitSet coOwnedObjectives = new BitSet();
    final BitSet coOwnedKeyResults = new BitSet();
    // An objective's key results mostly share its owner, objectives side by side their cycle,
    // and key results their unit (often the same instance).
    final FirstMet<Owner> owners = new FirstMet<>();
    final FirstMet<CycleId> cycles = new FirstMet<>();
    final FirstMet<Unit> units = new FirstMet<>();

    private int objectivesRead;

    /** A reader for a set of so many objectives and key results. */
    public Reader(int objectives, int keyResults) {
      titles = new TitleNumbers.Numbering(keyResults);
      objectiveOwner = new int[objectives];
      objectiveCycle = new int[objectives];
      keyResultOwner = new int[keyResults];
      linear = new int[keyResults];
      Arrays.fill(linear, NOT_LINEAR);
    }

    /**
     * Reads the objective at {@code position} and its key results, the first of them at {@code
     * firstKeyResult}; each objective once.
     */
    public void read(int position, Objective objective, int firstKeyResult) {
      int owner = owner(objective.owner().orElse(null));
      objectiveOwner[position] = owner;
      objectiveCycle[position] = cycle(objective.cycle());
      if (!objective.coOwners().isEmpty()) {
        coOwnedObjectives.set(position);
        objective.coOwners().forEach(this::owner);
      }
      int q = firstKeyResult;
      for (KeyResult keyResult : objective.keyResults()) {
        titles.add(q, keyResult.title());
        boolean ownOwner = keyResult.owner().isPresent();
        keyResultOwner[q] = ownOwner ? owner(keyResult.owner().get()) : owner;
        if (keyResult.measure() instanceof LinearMeasure measure) {
          linear[q] = unit(measure.unit()) << 1
              | (measure.direction() == Direction.INCREASE ? 1 : 0);
        }
        // Co-owners of its own, else (without an owner of its own) its objective's.
        List<Owner> coOwners = keyResult.coOwners();
        if (!coOwners.isEmpty() || !ownOwner && !objective.coOwners().isEmpty()) {
          coOwnedKeyResults.set(q);
          coOwners.forEach(this::owner);
        }
        q++;
      }
      objectivesRead++;
    }

    /**
     * The key results' title numbers as they are read, for this reader's thread: after {@link
     * #flushTitles()}, every key result read so far has its number.
     */
    public TitleNumbers titlesSoFar() {
      return titles.live();
    }

    /** Numbers the titles of the key results read so far. */
    public void flushTitles() {
      titles.flush();
    }

    /** The columns of every objective read: all of the set's, each once. */
    public SetColumns finish() {
      if (objectivesRead != objectiveOwner.length) {
        throw new IllegalStateException("read " + objectivesRead + " of "
            + objectiveOwner.length + " objectives");
      }
      SetColumns columns = new SetColumns(this);
      LOG.debug("read {} objectives and {} key results: {} owners, {} cycles, {} units",
          objectiveOwner.length, keyResultOwner.length, columns.owners.size(),
          columns.cycles.size(), columns.units.size());
      return columns;
    }

    /** The number of {@code owner}, numbered on first sight; -1 for null. */
    int owner(Owner owner) {
      return owner == null ? -1 : owners.of(owner);
    }

    int cycle(CycleId cycle) {
      return cycles.of(cycle);
    }

    int unit(Unit unit) {
      return units.of(unit);
    }
  }

  /** Values numbered 0, 1, 2, ... in the order first met; the last one looked up is kept. */
  private static final class FirstMet<T> {
    final List<T> values = new ArrayList<>();
    final Map<T, Integer> numbers = new HashMap<>();
    private T last;
    private int lastNumber;

    int of(T value) {
      if (value != last && !value.equals(last)) {
        last = value;
        lastNumber = numbers.computeIfAbsent(value, key -> {
          values.add(key);
          return values.size() - 1;
        });
      }
      return lastNumber;
    }
  }
}
