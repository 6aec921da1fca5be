package org.okr4j.core.validation;

import org.okr4j.core.OkrException;

/**
 * Thrown by {@link ValidationResult#orThrow()} when a set breaks an error-level rule; carries the
 * whole result.
 */
public final class ValidationException extends OkrException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationResult result;

  ValidationException(ValidationResult result) {
    super(result + "; first error: " + result.withSeverity(Severity.ERROR).violations().get(0));
    this.result = result;
  }

  /** The result that held the errors. */
  public ValidationResult result() {
    return result;
  }
}
