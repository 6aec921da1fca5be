package org.okr4j.core.testing;

import com.google.common.testing.ArbitraryInstances;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * okr4j's null policy as a test, beside Guava's {@code NullPointerTester}: each public
 * constructor and method (static ones of a type, instance ones of an instance) is called with each
 * reference argument null in turn, and must throw {@link NullPointerException} with okr4j's own
 * message, the argument's name ({@code Objects.requireNonNull(title, "title")}), never the JVM's
 * ("Cannot invoke ... because ... is null"), which tells a user of a library nothing about what
 * they passed. Arguments marked {@code @Nullable}, {@code equals(Object)} and the methods of
 * JDK supertypes ({@code Enum.compareTo}) are left out.
 *
 * <p>Other arguments take the defaults given to {@link #with}, else Guava's arbitrary instances
 * (empty strings and collections, zero); a method whose arguments have neither is skipped and
 * named by {@link #skipped()}, so that a test can say what it did not cover.
 *
 * <p>Code that okr4j does not write (the builders Immutables generates) may be named by
 * {@link #generatedIn}: its methods must still throw {@link NullPointerException}, with whatever
 * message the generator chose.
 */
public final class NullArguments {

  private final Map<Class<?>, Object> defaults = new HashMap<>();
  private final List<String> skipped = new ArrayList<>();
  private Predicate<Class<?>> generated = type -> false;

  /**
   * Accepts any {@link NullPointerException} message from methods declared in the classes that
   * {@code declaringClasses} matches (generated code), but still not a null accepted.
   */
  public NullArguments generatedIn(Predicate<Class<?>> declaringClasses) {
    this.generated = Objects.requireNonNull(declaringClasses, "declaringClasses");
    return this;
  }

  /** Uses {@code value} for every argument of type {@code type} that is not the null one. */
  public <T> NullArguments with(Class<T> type, T value) {
    defaults.put(type, Objects.requireNonNull(value, "value"));
    return this;
  }

  /** The problems of the public static methods and constructors of {@code type}, one line each. */
  public List<String> staticProblems(Class<?> type) {
    List<String> problems = new ArrayList<>();
    if (!Modifier.isPublic(type.getModifiers())) {
      return problems;
    }
    for (Constructor<?> constructor : type.getConstructors()) {
      check(constructor, null, problems);
    }
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
          && !method.isSynthetic()) {
        check(method, null, problems);
      }
    }
    return problems;
  }

  /** The problems of the public instance methods of {@code instance}, one line each. */
  public List<String> instanceProblems(Object instance) {
    List<String> problems = new ArrayList<>();
    for (Method method : instance.getClass().getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()
          && !method.isBridge() && !method.getDeclaringClass().getName().startsWith("java.")
          && !isEquals(method) && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        check(method, instance, problems);
      }
    }
    return problems;
  }

  /**
   * The problems of every public static method and constructor of {@code types} and of every
   * public instance method of {@code instances}, one line each: what a module's test asserts
   * empty, with {@link #skipped()}.
   */
  public List<String> problems(Collection<? extends Class<?>> types,
      Collection<?> instances) {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : types) {
      problems.addAll(staticProblems(type));
    }
    for (Object instance : instances) {
      problems.addAll(instanceProblems(instance));
    }
    return problems;
  }

  /** The methods left out because some argument had no default, one line each. */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  private void check(Executable executable, Object instance, List<String> problems) {
    Parameter[] parameters = executable.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      arguments[i] = defaults.containsKey(type) ? defaults.get(type)
          : ArbitraryInstances.get(type);
      if (arguments[i] == null && !type.isPrimitive()) {
        skipped.add(executable.toGenericString() + ": no default for " + type.getName());
        return;
      }
    }
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive() || isNullable(parameters[i])) {
        continue;
      }
      Object[] withNull = arguments.clone();
      withNull[i] = null;
      String problem = problem(executable, instance, withNull,
          generated.test(executable.getDeclaringClass()));
      if (problem != null) {
        problems.add((executable instanceof Constructor<?> ? "new " : "")
            + executable.getDeclaringClass().getSimpleName()
            + (executable instanceof Method ? "." + executable.getName() : "") + " argument " + i + " (" + parameters[i].getType()
            .getSimpleName() + "): " + problem);
      }
    }
  }

  private static String problem(Executable executable, Object instance, Object[] arguments,
      boolean anyMessage) {
    try {
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(arguments);
      } else {
        ((Method) executable).invoke(instance, arguments);
      }
      return "accepted null";
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (!(thrown instanceof NullPointerException)) {
        return "threw " + thrown + " instead of a NullPointerException";
      }
      String message = thrown.getMessage();
      if (anyMessage) {
        return null;
      }
      if (message == null || message.isBlank() || message.startsWith("Cannot ")) {
        return "the JVM's message, not okr4j's: " + message;
      }
      return null;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return "could not be called: " + e;
    }
  }

  private static boolean isEquals(Method method) {
    return method.getName().equals("equals") && method.getParameterCount() == 1
        && method.getParameterTypes()[0] == Object.class;
  }

  private static boolean isNullable(Parameter parameter) {
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
