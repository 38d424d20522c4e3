package org.agilepmo.engine.portfolio;

import java.util.Arrays;

/**
 * Lifted cover inequalities of one knapsack row {@code sum_j w_j x_j <= capacity},
 * {@code x} in {0, 1}, {@code w > 0} (Balas, "Facets of the knapsack polytope", 1975; Gu,
 * Nemhauser and Savelsbergh, "Lifted cover inequalities for 0-1 integer programs:
 * computation", 1998).
 * <p>
 * A cover {@code C} is a set of items that together exceed the capacity, so at most
 * {@code |C| - 1} of them fit: {@code sum_C x_j <= |C| - 1}. Every other item {@code k}
 * is then lifted in turn, exactly: its coefficient is {@code |C| - 1} minus the greatest
 * left-hand side that the items already in the inequality reach in the capacity that
 * {@code k} leaves, computed by dynamic programming over the (small, whole) left-hand
 * side values.
 * <p>
 * Rounding can only weaken a cut, never make it invalid: a set is accepted as a cover
 * only when it exceeds the capacity by a margin far above rounding error, and in lifting
 * a set counts as fitting when it exceeds the capacity by less than that margin, which
 * can only make a coefficient smaller. Coefficients and right-hand side are whole
 * numbers, so the cut itself is exact in floating point.
 */
final class CoverCuts {

	private CoverCuts() {
	}

	/**
	 * A cut {@code sum coefficient[q] x[items[q]] <= rhs} over a row's items.
	 */
	record Cut(int[] items, int[] coefficients, int rhs) {

		double activity(double[] x) {
			double sum = 0;
			for (int q = 0; q < this.items.length; q++) {
				sum += this.coefficients[q] * x[this.items[q]];
			}
			return sum;
		}

	}

	/**
	 * A lifted cover inequality of the row that the point {@code x} violates by more than
	 * {@code minViolation}, or null.
	 * @param items the row's items (indexes into {@code x})
	 * @param weights their weights, all {@code > 0}, in the order of {@code items}
	 * @param capacity the row's capacity, tolerance included
	 * @param margin a positive amount far above the rounding error of summing the row's
	 * weights and of the capacity itself
	 * @param x the point to cut off, each in [0, 1]
	 */
	static Cut separate(int[] items, double[] weights, double capacity, double margin, double[] x,
			double minViolation) {
		int size = items.length;
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double strict = capacity + margin;
		if (total <= strict) {
			return null;
		}
		// a cover of least sum of (1 - x_j), greedily by (1 - x_j) / w_j
		Integer[] order = new Integer[size];
		for (int q = 0; q < size; q++) {
			order[q] = q;
		}
		Arrays.sort(order, (p, q) -> Double.compare((1 - x[items[p]]) / weights[p], (1 - x[items[q]]) / weights[q]));
		boolean[] inCover = new boolean[size];
		double sum = 0;
		int count = 0;
		for (int q : order) {
			if (sum > strict) {
				break;
			}
			inCover[q] = true;
			sum += weights[q];
			count++;
		}
		if (sum <= strict) {
			return null;
		}
		// make it minimal: drop items of smallest x first while it stays a cover
		Integer[] byX = Arrays.stream(order).filter(q -> inCover[q]).toArray(Integer[]::new);
		Arrays.sort(byX, (p, q) -> Double.compare(x[items[p]], x[items[q]]));
		for (int q : byX) {
			if (sum - weights[q] > strict) {
				inCover[q] = false;
				sum -= weights[q];
				count--;
			}
		}
		int rhs = count - 1;
		int[] coefficient = new int[size];
		// minWeight[v]: least weight of the items lifted so far whose left-hand side is
		// at least v (in the lenient direction: see the class comment)
		double[] minWeight = new double[rhs + 2];
		Arrays.fill(minWeight, Double.POSITIVE_INFINITY);
		minWeight[0] = 0;
		for (int q = 0; q < size; q++) {
			if (inCover[q]) {
				coefficient[q] = 1;
				add(minWeight, weights[q], 1);
			}
		}
		double lenient = capacity + margin;
		Integer[] rest = Arrays.stream(order).filter(q -> !inCover[q]).toArray(Integer[]::new);
		Arrays.sort(rest, (p, q) -> Double.compare(x[items[q]], x[items[p]]));
		for (int q : rest) {
			double room = lenient - weights[q];
			int reach = 0;
			if (room < 0) {
				reach = 0;
			}
			else {
				for (int v = rhs + 1; v >= 0; v--) {
					if (minWeight[v] <= room) {
						reach = v;
						break;
					}
				}
			}
			int alpha = Math.max(0, rhs - reach);
			coefficient[q] = alpha;
			if (alpha > 0) {
				add(minWeight, weights[q], alpha);
			}
		}
		double activity = 0;
		int nonzero = 0;
		for (int q = 0; q < size; q++) {
			if (coefficient[q] != 0) {
				activity += coefficient[q] * x[items[q]];
				nonzero++;
			}
		}
		if (activity - rhs <= minViolation) {
			return null;
		}
		int[] cutItems = new int[nonzero];
		int[] cutCoefficients = new int[nonzero];
		int i = 0;
		for (int q = 0; q < size; q++) {
			if (coefficient[q] != 0) {
				cutItems[i] = items[q];
				cutCoefficients[i++] = coefficient[q];
			}
		}
		return new Cut(cutItems, cutCoefficients, rhs);
	}

	/**
	 * Adds an item of weight {@code w} and left-hand side {@code alpha} to the table of
	 * least weights; values above {@code rhs + 1} are capped there, since only "more than
	 * rhs" matters.
	 */
	private static void add(double[] minWeight, double w, int alpha) {
		int top = minWeight.length - 1;
		for (int v = top; v >= 1; v--) {
			double from = minWeight[Math.max(0, v - alpha)];
			if (from + w < minWeight[v]) {
				minWeight[v] = from + w;
			}
		}
	}

}
