package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of a cost evaluation: one-off, recurring per year, per category, and the
 * cost of ownership over a number of years (one-off plus that many years of recurring
 * costs).
 */
public record CostEvaluation(BigDecimal oneOff, BigDecimal recurringPerYear,
		Map<CostCategory, BigDecimal[]> byCategory) {

	public static CostEvaluation of(List<CostLine> lines) {
		BigDecimal oneOff = BigDecimal.ZERO;
		BigDecimal recurring = BigDecimal.ZERO;
		Map<CostCategory, BigDecimal[]> byCategory = new EnumMap<>(CostCategory.class);
		for (CostLine line : lines) {
			BigDecimal[] pair = byCategory.computeIfAbsent(line.category(),
					c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			if (line.kind() == CostKind.ONE_OFF) {
				oneOff = oneOff.add(line.amount());
				pair[0] = pair[0].add(line.amount());
			}
			else {
				recurring = recurring.add(line.amount());
				pair[1] = pair[1].add(line.amount());
			}
		}
		return new CostEvaluation(oneOff, recurring, byCategory);
	}

	public BigDecimal costOfOwnership(int years) {
		if (years < 0) {
			throw new IllegalArgumentException("years is zero or more");
		}
		return this.oneOff.add(this.recurringPerYear.multiply(BigDecimal.valueOf(years)));
	}

	public BigDecimal oneOffIn(CostCategory category) {
		BigDecimal[] pair = this.byCategory.get(category);
		return pair == null ? BigDecimal.ZERO : pair[0];
	}

	public BigDecimal recurringIn(CostCategory category) {
		BigDecimal[] pair = this.byCategory.get(category);
		return pair == null ? BigDecimal.ZERO : pair[1];
	}

}
