package org.agilepmo.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agilepmo.delivery.ProjectPace;
import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.planning.ScheduleStatus;
import org.agilepmo.portfolio.Health;
import org.agilepmo.resources.StaffingGaps;
import org.agilepmo.risk.ProjectRisks;
import org.agilepmo.risk.RiskHighlight;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * Fills a report's figures from what the modules publish, read with the writer's own
 * rights: the schedule against its latest baseline (planning), the cost and schedule
 * indices (finance), the top risks and overdue actions (risk), the squads' velocity and
 * sprint goals (delivery) and the open staffing requests (resources).
 */
@Component
class FigureCollector {

	static final int TOP_RISKS = 5;

	private final ScheduleStatus schedule;

	private final FinanceSummaries finance;

	private final ProjectRisks risks;

	private final ProjectPace pace;

	private final StaffingGaps staffing;

	FigureCollector(ScheduleStatus schedule, FinanceSummaries finance, ProjectRisks risks, ProjectPace pace,
			StaffingGaps staffing) {
		this.schedule = schedule;
		this.finance = finance;
		this.risks = risks;
		this.pace = pace;
		this.staffing = staffing;
	}

	Figures collect(long projectId, Actor actor, LocalDate statusDate) {
		Optional<ScheduleStatus.Status> plan = this.schedule.status(projectId, actor);
		List<Figures.MilestoneLine> milestones = new ArrayList<>();
		int due = 0;
		int slipped = 0;
		if (plan.isPresent()) {
			for (ScheduleStatus.Milestone m : plan.get().milestones()) {
				milestones.add(new Figures.MilestoneLine(m.name(), m.finish(), m.baselineFinish(), m.percentComplete(),
						m.slipped()));
				if (!m.reached() && m.finish() != null && !m.finish().isAfter(statusDate)) {
					due++;
				}
				if (!m.reached() && m.slipped()) {
					slipped++;
				}
			}
		}
		Optional<FinanceSummaries.ProjectFinance> money = this.finance.summary(projectId, actor, statusDate);
		List<Figures.RiskLine> top = new ArrayList<>();
		for (RiskHighlight r : this.risks.topOpenRisks(projectId, actor, TOP_RISKS)) {
			top.add(new Figures.RiskLine(r.code(), r.title(), r.rating(), r.score(), r.link()));
		}
		List<Figures.SquadLine> squads = new ArrayList<>();
		List<String> goals = new ArrayList<>();
		double velocity = 0;
		int withHistory = 0;
		for (ProjectPace.SquadPace s : this.pace.squadsOf(projectId, actor)) {
			squads
				.add(new Figures.SquadLine(s.squadName(), s.sprints(), s.velocity(), s.activeSprint(), s.sprintGoal()));
			if (s.sprints() > 0) {
				velocity += s.velocity();
				withHistory++;
			}
			if (s.sprintGoal() != null) {
				goals.add(s.sprintGoal());
			}
		}
		List<Figures.GapLine> gaps = this.staffing.openRequests(projectId, actor)
			.stream()
			.map(g -> new Figures.GapLine(g.skill(), g.minLevel(), g.firstDay(), g.lastDay(), g.state()))
			.toList();
		return new Figures(statusDate, plan.map(ScheduleStatus.Status::baselineName).orElse(null),
				plan.map(ScheduleStatus.Status::finish).orElse(null),
				plan.map(ScheduleStatus.Status::baselineFinish).orElse(null),
				plan.map(ScheduleStatus.Status::finishSlipDays).orElse(null), due, slipped, milestones,
				money.map(FinanceSummaries.ProjectFinance::currency).orElse(null),
				money.map(FinanceSummaries.ProjectFinance::budget).orElse(null),
				money.map(FinanceSummaries.ProjectFinance::spent).orElse(null),
				money.map(FinanceSummaries.ProjectFinance::cpi).orElse(null),
				money.map(FinanceSummaries.ProjectFinance::spi).orElse(null), this.risks.openRisks(projectId, actor),
				top, this.risks.overdueActions(projectId, actor), squads, withHistory == 0 ? null : velocity,
				goals.isEmpty() ? null : String.join(" · ", goals), gaps.size(), gaps);
	}

	/** The health each dimension's figures suggest; the project manager decides. */
	static StatusReport.Assessment suggest(Figures f, ReportingSettings settings, boolean unansweredHigh) {
		Health schedule = worse(
				f.finishSlipDays() == null || f.finishSlipDays() <= 0 ? GREEN
						: f.finishSlipDays() > settings.finishSlipDays() ? RED : AMBER,
				index(f.spi(), settings.spiBelow()));
		Health cost = index(f.cpi(), settings.cpiBelow());
		Health risk = unansweredHigh ? RED
				: f.topRisks().stream().anyMatch(r -> "HIGH".equals(r.rating()) || "EXTREME".equals(r.rating()))
						|| f.overdueActions() > 0 ? AMBER : GREEN;
		Health resources = f.staffingGaps() > 0 ? AMBER : GREEN;
		Health overall = worse(worse(schedule, cost), worse(risk, resources));
		return new StatusReport.Assessment(overall, null, GREEN, null, schedule, null, cost, null, risk, null,
				resources, null, null, null, null, null);
	}

	private static final Health GREEN = Health.GREEN;

	private static final Health AMBER = Health.AMBER;

	private static final Health RED = Health.RED;

	private static Health index(BigDecimal value, BigDecimal threshold) {
		if (value == null) {
			return GREEN;
		}
		return value.compareTo(threshold) < 0 ? RED : value.compareTo(BigDecimal.ONE) < 0 ? AMBER : GREEN;
	}

	static Health worse(Health a, Health b) {
		return a.ordinal() >= b.ordinal() ? a : b;
	}

}
