package org.agilepmo.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures a status report was written on, as the modules published them on the status
 * date and as the project manager corrected them before submitting: kept with the report
 * (as JSON), so that a submitted report says what it said whatever changes later.
 *
 * @param finishSlipDays calendar days the scheduled finish is past the baseline's
 * (schedule variance), {@code null} without a baseline
 * @param milestonesDue milestones not reached whose finish falls on or before the
 * period's end
 * @param milestonesSlipped milestones not reached that finish later than the baseline
 * @param velocity the average velocity of the squads behind the project
 * @param sprintGoal the goals of their active sprints
 */
public record Figures(LocalDate statusDate, String baselineName, LocalDate finish, LocalDate baselineFinish,
		Integer finishSlipDays, int milestonesDue, int milestonesSlipped, List<MilestoneLine> milestones,
		String currency, BigDecimal budget, BigDecimal spent, BigDecimal cpi, BigDecimal spi, int openRisks,
		List<RiskLine> topRisks, int overdueActions, List<SquadLine> squads, Double velocity, String sprintGoal,
		int staffingGaps, List<GapLine> gaps) {

	public Figures {
		milestones = milestones == null ? List.of() : List.copyOf(milestones);
		topRisks = topRisks == null ? List.of() : List.copyOf(topRisks);
		squads = squads == null ? List.of() : List.copyOf(squads);
		gaps = gaps == null ? List.of() : List.copyOf(gaps);
	}

	/** Figures with the project manager's corrections. */
	Figures corrected(Correction c) {
		return new Figures(this.statusDate, this.baselineName, this.finish, this.baselineFinish, c.finishSlipDays(),
				nonNegative(c.milestonesDue()), nonNegative(c.milestonesSlipped()), this.milestones, this.currency,
				this.budget, this.spent, c.cpi(), c.spi(), this.openRisks, this.topRisks,
				nonNegative(c.overdueActions()), this.squads, c.velocity(), c.sprintGoal(),
				nonNegative(c.staffingGaps()), this.gaps);
	}

	private static int nonNegative(Integer value) {
		return value == null ? 0 : Math.max(0, value);
	}

	/** What a project manager may correct in the figures before submitting. */
	public record Correction(Integer finishSlipDays, Integer milestonesDue, Integer milestonesSlipped, BigDecimal cpi,
			BigDecimal spi, Integer overdueActions, Double velocity, String sprintGoal, Integer staffingGaps) {
	}

	public Correction correction() {
		return new Correction(this.finishSlipDays, this.milestonesDue, this.milestonesSlipped, this.cpi, this.spi,
				this.overdueActions, this.velocity, this.sprintGoal, this.staffingGaps);
	}

	public record MilestoneLine(String name, LocalDate finish, LocalDate baselineFinish, int percentComplete,
			boolean slipped) {
	}

	public record RiskLine(String code, String title, String rating, int score, String link) {
	}

	public record SquadLine(String squad, int sprints, double velocity, String activeSprint, String sprintGoal) {
	}

	public record GapLine(String skill, int minLevel, LocalDate firstDay, LocalDate lastDay, String state) {
	}

}
