package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the financial criterion turns a compliant bid's price into points, given the lowest
 * compliant price and the criterion's weight.
 */
public enum FinancialFormula {

	/** lowest price / price × weight: the cheapest gets the full weight. */
	LOWEST_PRICE_RATIO {
		@Override
		BigDecimal points(BigDecimal price, BigDecimal lowest, BigDecimal weight) {
			return lowest.multiply(weight).divide(price, MC);
		}
	},

	/**
	 * weight × (1 − (price − lowest) / lowest), never below zero: a bid twice the lowest
	 * price or more gets nothing.
	 */
	PROPORTIONAL_DEVIATION {
		@Override
		BigDecimal points(BigDecimal price, BigDecimal lowest, BigDecimal weight) {
			BigDecimal deviation = price.subtract(lowest).divide(lowest, MC);
			BigDecimal points = weight.multiply(BigDecimal.ONE.subtract(deviation), MC);
			return points.signum() < 0 ? BigDecimal.ZERO : points;
		}
	};

	static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);

	abstract BigDecimal points(BigDecimal price, BigDecimal lowest, BigDecimal weight);

}
