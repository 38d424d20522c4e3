package org.agilepmo.engine.earnedvalue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.agilepmo.engine.calendar.WorkCalendar;

/**
 * The earned value arithmetic, after the PMI's Practice Standard for Earned Value
 * Management (second edition, chapter 4) and the PMBOK Guide's table of earned value
 * formulas. Divisions are carried out to 34 significant digits
 * ({@link MathContext#DECIMAL128}); only the answers are rounded, half to even: amounts
 * to the currency's minor unit, indices to four decimals.
 */
public final class EarnedValue {

	/** The decimals an index is given to. */
	public static final int INDEX_SCALE = 4;

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private EarnedValue() {
	}

	/**
	 * The measures from the four base figures, all in one currency.
	 * @param amountScale the currency's minor unit (2 for EUR and USD, 0 for JPY)
	 */
	public static Measures measure(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, int amountScale) {
		BigDecimal sv = ev.subtract(pv);
		BigDecimal cv = ev.subtract(ac);
		BigDecimal spi = divide(ev, pv);
		BigDecimal cpi = divide(ev, ac);
		BigDecimal eac = (cpi == null || cpi.signum() == 0) ? null : bac.divide(cpi, EXACT);
		BigDecimal cpiTimesSpi = (cpi == null || spi == null) ? null : cpi.multiply(spi, EXACT);
		BigDecimal eacCpiSpi = (cpiTimesSpi == null || cpiTimesSpi.signum() == 0) ? null
				: ac.add(bac.subtract(ev).divide(cpiTimesSpi, EXACT));
		BigDecimal etc = (eac == null) ? null : eac.subtract(ac);
		BigDecimal vac = (eac == null) ? null : bac.subtract(eac);
		BigDecimal tcpi = divide(bac.subtract(ev), bac.subtract(ac));
		return new Measures(money(bac, amountScale), money(pv, amountScale), money(ev, amountScale),
				money(ac, amountScale), money(sv, amountScale), money(cv, amountScale), index(spi), index(cpi),
				money(eac, amountScale), money(eacCpiSpi, amountScale), money(etc, amountScale),
				money(vac, amountScale), index(tcpi));
	}

	/**
	 * The planned value of an activity at a status date: its budgeted cost spread evenly
	 * over its baseline working time, so the share of the working minutes between the
	 * baseline start and the status date. Before the start it is nothing; from the
	 * baseline finish on, the whole budget. A milestone (no working time) earns its whole
	 * budget at its date.
	 * @param workedMinutes working minutes of the baseline window up to the status date
	 * @param totalMinutes working minutes of the whole baseline window
	 */
	public static BigDecimal plannedValue(BigDecimal budgetedCost, long workedMinutes, long totalMinutes) {
		if (totalMinutes <= 0) {
			return workedMinutes >= 0 ? budgetedCost : BigDecimal.ZERO;
		}
		if (workedMinutes <= 0) {
			return BigDecimal.ZERO;
		}
		if (workedMinutes >= totalMinutes) {
			return budgetedCost;
		}
		return budgetedCost.multiply(BigDecimal.valueOf(workedMinutes)).divide(BigDecimal.valueOf(totalMinutes), EXACT);
	}

	/**
	 * The planned value of an activity at the end of the status date, spread over the
	 * working time of its baseline window on its own calendar.
	 */
	public static BigDecimal plannedValue(BigDecimal budgetedCost, WorkCalendar calendar, LocalDateTime baselineStart,
			LocalDateTime baselineFinish, LocalDate statusDate) {
		LocalDateTime status = statusDate.plusDays(1).atStartOfDay();
		long total = calendar.workBetween(baselineStart, baselineFinish);
		if (total <= 0) {
			return status.isAfter(baselineStart) ? budgetedCost : BigDecimal.ZERO;
		}
		long worked = status.isBefore(baselineStart) ? 0 : calendar.workBetween(baselineStart, status);
		return plannedValue(budgetedCost, worked, total);
	}

	/** The earned value of an activity: its budgeted cost times its percent complete. */
	public static BigDecimal earnedValue(BigDecimal budgetedCost, int percentComplete) {
		return budgetedCost.multiply(BigDecimal.valueOf(Math.max(0, Math.min(100, percentComplete))))
			.divide(BigDecimal.valueOf(100), EXACT);
	}

	private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return (divisor.signum() == 0) ? null : dividend.divide(divisor, EXACT);
	}

	private static BigDecimal money(BigDecimal amount, int scale) {
		return (amount == null) ? null : amount.setScale(scale, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal index(BigDecimal value) {
		return (value == null) ? null : value.setScale(INDEX_SCALE, RoundingMode.HALF_EVEN);
	}

}
