package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The weighted scoring model as arithmetic: each criterion's value is placed on its scale
 * (0 at the worst end, 1 at the best; a lower-is-better scale counts from the top), the
 * placements are averaged with the criteria's weights, and the result is given out of
 * 100. A criterion without a value counts as the worst end of its scale and makes the
 * score incomplete, so that an unscored note never outranks a scored one by accident.
 */
public final class WeightedScoring {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private WeightedScoring() {
	}

	/** A criterion of the model as the arithmetic needs it. */
	public record Criterion(long id, BigDecimal weight, int scaleMin, int scaleMax, boolean lowerIsBetter) {

		public Criterion {
			if (weight == null || weight.signum() < 0) {
				throw new IllegalArgumentException("a weight is zero or more");
			}
			if (scaleMax <= scaleMin) {
				throw new IllegalArgumentException("a scale's maximum is above its minimum");
			}
		}

		boolean accepts(int value) {
			return value >= this.scaleMin && value <= this.scaleMax;
		}

	}

	/**
	 * A note's score out of 100 (one decimal), and whether every criterion had a value.
	 */
	public record Score(BigDecimal value, boolean complete) {

	}

	/** One item in a ranking: rank 1 is the best; equal scores share a rank. */
	public record Ranked<T>(T item, Score score, int rank) {

	}

	public static Score score(List<Criterion> criteria, Map<Long, Integer> values) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal totalWeight = BigDecimal.ZERO;
		boolean complete = true;
		for (Criterion c : criteria) {
			totalWeight = totalWeight.add(c.weight());
			Integer value = values.get(c.id());
			if (value == null) {
				complete = false;
				continue;
			}
			if (!c.accepts(value)) {
				throw new IllegalArgumentException(
						"value " + value + " is outside the scale " + c.scaleMin() + "–" + c.scaleMax());
			}
			BigDecimal placement = BigDecimal.valueOf(value - c.scaleMin())
				.divide(BigDecimal.valueOf(c.scaleMax() - c.scaleMin()), 10, RoundingMode.HALF_UP);
			if (c.lowerIsBetter()) {
				placement = BigDecimal.ONE.subtract(placement);
			}
			weighted = weighted.add(placement.multiply(c.weight()));
		}
		if (totalWeight.signum() == 0) {
			return new Score(BigDecimal.ZERO.setScale(1), complete);
		}
		return new Score(weighted.multiply(HUNDRED).divide(totalWeight, 1, RoundingMode.HALF_UP), complete);
	}

	/**
	 * Orders the scored items best first; items with equal scores share a rank and the
	 * next rank skips accordingly (1, 2, 2, 4). Among equals the input order is kept.
	 */
	public static <T> List<Ranked<T>> rank(List<T> items, java.util.function.Function<T, Score> scoreOf) {
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing((T item) -> scoreOf.apply(item).value()).reversed());
		List<Ranked<T>> ranked = new ArrayList<>();
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			Score s = scoreOf.apply(sorted.get(i));
			if (previous == null || s.value().compareTo(previous) != 0) {
				rank = i + 1;
				previous = s.value();
			}
			ranked.add(new Ranked<>(sorted.get(i), s, rank));
		}
		return ranked;
	}

}
