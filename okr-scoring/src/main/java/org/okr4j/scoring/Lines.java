package org.okr4j.scoring;

/**
 * The one straight line between two points that the piecewise-linear rules (checkpoints, progress
 * curves, waypoint paces and a key result's expected value) read, so that they agree on what a
 * value exactly on a point gives.
 */
final class Lines {

  private Lines() {}

  /**
   * The value at {@code x} on the line through ({@code x0}, {@code y0}) and ({@code x1},
   * {@code y1}): {@code y0 + (y1 - y0) * (x - x0) / (x1 - x0)}, except at the ends, which give
   * {@code y0} and {@code y1} themselves. The rules publish their points in decimals ("50 scores
   * 0.3, 70 scores 0.9"), and the line from one point lands a rounding away from the next
   * ({@code 0.3 + (0.9 - 0.3) * 20 / 20} is 0.9000000000000001), which a boundary at 0.9 would
   * then judge on the wrong side. Between the ends, and beyond them, it is the line as written.
   *
   * <p>Callers pass a segment of positive width ({@code x0 < x1}); on one of zero width the value
   * at {@code x0} is {@code y0}, and any other is the line's division by zero.
   */
  static double at(double x0, double y0, double x1, double y1, double x) {
    if (x == x0) {
      return y0;
    }
    if (x == x1) {
      return y1;
    }
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
  }
}
