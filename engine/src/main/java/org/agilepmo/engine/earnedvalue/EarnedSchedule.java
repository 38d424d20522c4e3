package org.agilepmo.engine.earnedvalue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Earned schedule after Lipke ("Schedule is Different", The Measurable News, March 2003):
 * the time at which the earned value was planned to be reached. With the cumulative
 * planned value at the end of each period, C is the number of whole periods whose planned
 * value the earned value reaches, and ES = C + (EV − PV(C)) / (PV(C+1) − PV(C)); the
 * schedule performance index in time is SPI(t) = ES / AT, with AT the periods elapsed at
 * the status date.
 */
public final class EarnedSchedule {

	private EarnedSchedule() {
	}

	/**
	 * Earned schedule, in periods, to four decimals.
	 * @param cumulativePv planned value at the end of period 1, 2, … (non-decreasing)
	 * @param ev earned value at the status date
	 */
	public static BigDecimal earnedSchedule(BigDecimal[] cumulativePv, BigDecimal ev) {
		int c = 0;
		while (c < cumulativePv.length && cumulativePv[c].compareTo(ev) <= 0) {
			c++;
		}
		if (c == cumulativePv.length) {
			return BigDecimal.valueOf(c).setScale(EarnedValue.INDEX_SCALE);
		}
		BigDecimal pvC = (c == 0) ? BigDecimal.ZERO : cumulativePv[c - 1];
		BigDecimal step = cumulativePv[c].subtract(pvC);
		BigDecimal fraction = (step.signum() == 0) ? BigDecimal.ZERO
				: ev.subtract(pvC).divide(step, MathContext.DECIMAL128);
		return BigDecimal.valueOf(c).add(fraction).setScale(EarnedValue.INDEX_SCALE, RoundingMode.HALF_EVEN);
	}

	/** SPI(t) = ES / AT, to four decimals; {@code null} before the first period. */
	public static BigDecimal spiTime(BigDecimal earnedSchedule, BigDecimal actualTime) {
		if (actualTime.signum() == 0) {
			return null;
		}
		return earnedSchedule.divide(actualTime, MathContext.DECIMAL128)
			.setScale(EarnedValue.INDEX_SCALE, RoundingMode.HALF_EVEN);
	}

}
