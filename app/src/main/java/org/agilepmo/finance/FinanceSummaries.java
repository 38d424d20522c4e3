package org.agilepmo.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.agilepmo.shared.Actor;

/**
 * A project's financial position as other modules show it (the project hub, reports):
 * through the project's access rule, empty when the project has no budget or may not be
 * seen.
 */
public interface FinanceSummaries {

	Optional<ProjectFinance> summary(long projectId, Actor actor, LocalDate statusDate);

	/**
	 * The project's cost and schedule health at the status date: its CPI and SPI against
	 * the thresholds of its portfolio, each with its colour and the reason for it. Empty
	 * when the project may not be seen, has no budget or its plan no baseline.
	 */
	Optional<ProjectHealth> health(long projectId, Actor actor, LocalDate statusDate);

	/**
	 * The approved budget (or the draft when none is approved yet), what is committed and
	 * spent, in the budget's currency; the cost and schedule indices when the plan has a
	 * baseline and budgeted activities ({@code null} otherwise).
	 */
	record ProjectFinance(long projectId, String currency, BigDecimal budget, boolean approved, BigDecimal committed,
			BigDecimal spent, BigDecimal cpi, BigDecimal spi) {

	}

	/** How a performance index looks against its portfolio's thresholds. */
	enum Health {

		GREEN, AMBER, RED, UNKNOWN;

		/** The worse of two. */
		public Health worse(Health other) {
			if (this == RED || other == RED) {
				return RED;
			}
			if (this == AMBER || other == AMBER) {
				return AMBER;
			}
			return (this == GREEN || other == GREEN) ? GREEN : UNKNOWN;
		}

	}

	/**
	 * One index (CPI for cost, SPI for schedule) and its colour: red below
	 * {@code redBelow}, amber below {@code amberBelow}, green otherwise; unknown without
	 * a divisor (no actual cost, no planned value yet).
	 */
	record Indicator(String index, BigDecimal value, Health colour, BigDecimal amberBelow, BigDecimal redBelow) {

		/** The reason in words, e.g. "CPI 0.90 is below the amber level 0.95". */
		public String reason() {
			return switch (this.colour) {
				case UNKNOWN -> this.index + " is not known yet";
				case RED -> this.index + " " + this.value.setScale(2, java.math.RoundingMode.HALF_EVEN)
						+ " is below the red level " + this.redBelow;
				case AMBER -> this.index + " " + this.value.setScale(2, java.math.RoundingMode.HALF_EVEN)
						+ " is below the amber level " + this.amberBelow;
				case GREEN -> this.index + " " + this.value.setScale(2, java.math.RoundingMode.HALF_EVEN)
						+ " is at or above " + this.amberBelow;
			};
		}

	}

	/**
	 * A project's cost (CPI) and schedule (SPI) health at a status date, and the worse of
	 * the two.
	 */
	record ProjectHealth(long projectId, long portfolioId, LocalDate statusDate, Indicator cost, Indicator schedule) {

		public Health overall() {
			return this.cost.colour().worse(this.schedule.colour());
		}

	}

}
