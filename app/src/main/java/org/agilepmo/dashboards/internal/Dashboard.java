package org.agilepmo.dashboards.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.agilepmo.delivery.SquadDelivery.EpicFigures;
import org.agilepmo.finance.FinanceSummaries.ProjectFinance;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.reporting.ProjectReports.DeviationSummary;
import org.agilepmo.reporting.ProjectReports.ReportedHealth;
import org.agilepmo.resources.SquadStaffing.StaffingGap;
import org.agilepmo.risk.RiskHighlight;

/**
 * What one dashboard shows: its charts (each with its table) and the lists beside them.
 * Lists a dashboard does not have are empty.
 *
 * @param name what the dashboard is about (a programme's, tribe's or project's name;
 * {@code null} for the portfolio)
 * @param projects how many projects it counts
 * @param project the project of a project dashboard, else {@code null}
 * @param finance the project's financial position, when it has a budget
 * @param reported the latest reported health of each project that has a report
 * @param deviations the open deviations, newest first
 */
public record Dashboard(String name, int projects, List<Chart> charts, List<MilestoneLine> milestones,
		List<RiskLine> topRisks, List<EpicFigures> epics, List<StaffingGap> gaps, ProjectOverview project,
		ProjectFinance finance, LocalDate from, LocalDate to, List<ReportLine> reported,
		List<DeviationLine> deviations) {

	public Dashboard {
		reported = List.copyOf(reported);
		deviations = List.copyOf(deviations);
		charts = List.copyOf(charts);
		milestones = List.copyOf(milestones);
		topRisks = List.copyOf(topRisks);
		epics = List.copyOf(epics);
		gaps = List.copyOf(gaps);
	}

	public Optional<Chart> chart(String id) {
		return this.charts.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** A milestone due in the window, and the plan it belongs to. */
	public record MilestoneLine(long projectId, String projectCode, String name, LocalDate date, boolean critical,
			int percentComplete) {

		public String link() {
			return "/projects/" + this.projectId + "/plan";
		}

	}

	/**
	 * A project's latest reported health (its latest published, else submitted, report).
	 */
	public record ReportLine(String projectCode, ReportedHealth health) {

	}

	/** An open deviation of a project. */
	public record DeviationLine(String projectCode, DeviationSummary deviation) {

	}

	/** An open risk of a project, for the top risks across projects. */
	public record RiskLine(long projectId, String projectCode, RiskHighlight risk) {

	}

}
