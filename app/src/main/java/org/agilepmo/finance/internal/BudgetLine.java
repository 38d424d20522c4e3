package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.agilepmo.finance.CostCategory;

/**
 * One line of a budget version: a cost category, what it is for, and when the money is
 * needed. A one-off line needs its amount in its first month; a monthly line needs its
 * amount in each of its months. The code stays the same across versions, so that costs
 * and funding follow the line through revisions.
 */
@Embeddable
public class BudgetLine {

	/** Whether a line's amount is needed once or every month. */
	public enum Recurrence {

		ONE_OFF, MONTHLY

	}

	@Column(nullable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CostCategory category;

	@Column(nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Recurrence recurrence;

	@Column(name = "first_month", nullable = false)
	private LocalDate firstMonth;

	@Column(nullable = false)
	private int months;

	@Column(nullable = false)
	private BigDecimal amount;

	protected BudgetLine() {
	}

	BudgetLine(String code, CostCategory category, String description, Recurrence recurrence, YearMonth firstMonth,
			int months, BigDecimal amount) {
		this.code = code;
		this.category = category;
		this.description = description;
		this.recurrence = recurrence;
		this.firstMonth = firstMonth.atDay(1);
		this.months = (recurrence == Recurrence.ONE_OFF) ? 1 : months;
		this.amount = amount;
	}

	BudgetLine copy() {
		return new BudgetLine(this.code, this.category, this.description, this.recurrence, firstMonth(), this.months,
				this.amount);
	}

	public String code() {
		return this.code;
	}

	public CostCategory category() {
		return this.category;
	}

	public String description() {
		return this.description;
	}

	public Recurrence recurrence() {
		return this.recurrence;
	}

	public YearMonth firstMonth() {
		return YearMonth.from(this.firstMonth);
	}

	public YearMonth lastMonth() {
		return firstMonth().plusMonths(this.months - 1L);
	}

	public int months() {
		return this.months;
	}

	/** The amount of one month (monthly) or of the whole line (one-off). */
	public BigDecimal amount() {
		return this.amount;
	}

	public BigDecimal total() {
		return this.amount.multiply(BigDecimal.valueOf(this.months));
	}

	/** The amount needed in each month of the line. */
	public Map<YearMonth, BigDecimal> byMonth() {
		Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
		for (int i = 0; i < this.months; i++) {
			months.put(firstMonth().plusMonths(i), this.amount);
		}
		return months;
	}

}
