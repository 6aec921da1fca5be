package org.okr4j.core;

/**
 * The root of okr4j's own exceptions: errors in text that okr4j reads (rule text, imported rows),
 * carrying structured data about where and what. Broken arguments still throw the JDK's
 * {@link IllegalArgumentException} and {@link NullPointerException}.
 */
public class OkrException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public OkrException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }

  /** An exception with a message and a cause. */
  public OkrException(String message, Throwable cause) {
    super(java.util.Objects.requireNonNull(message, "message"),
        java.util.Objects.requireNonNull(cause, "cause"));
  }
}
