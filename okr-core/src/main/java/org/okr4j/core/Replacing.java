package org.okr4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** List edits shared by the aggregates' {@code with...} methods. */
final class Replacing {

  private Replacing() {}

  /** A copy of {@code list} with the element of {@code value}'s key replaced, or appended. */
  static <T, K> List<T> replaceOrAppend(List<T> list, T value, Function<T, K> key) {
    K k = key.apply(value);
    List<T> copy = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (T element : list) {
      if (!replaced && key.apply(element).equals(k)) {
        copy.add(value);
        replaced = true;
      } else {
        copy.add(element);
      }
    }
    if (!replaced) {
      copy.add(value);
    }
    return copy;
  }

  /** A copy of {@code list} without the elements whose key is {@code k}. */
  static <T, K> List<T> removing(List<T> list, K k, Function<T, K> key) {
    List<T> copy = new ArrayList<>(list.size());
    for (T element : list) {
      if (!key.apply(element).equals(k)) {
        copy.add(element);
      }
    }
    return copy;
  }
}
