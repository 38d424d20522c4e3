package org.agilepmo.dashboards.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.dashboards.internal.Dashboard.DeviationLine;
import org.agilepmo.dashboards.internal.Dashboard.MilestoneLine;
import org.agilepmo.dashboards.internal.Dashboard.ReportLine;
import org.agilepmo.dashboards.internal.Dashboard.RiskLine;
import org.agilepmo.delivery.ProjectDelivery;
import org.agilepmo.delivery.SquadDelivery;
import org.agilepmo.delivery.SquadDelivery.EpicFigures;
import org.agilepmo.delivery.SquadDelivery.SquadFigures;
import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.finance.FinanceSummaries.ProjectFinance;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.PortfolioCatalogue;
import org.agilepmo.portfolio.ProgrammeSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.reporting.ProjectReports;
import org.agilepmo.resources.SquadStaffing;
import org.agilepmo.resources.SquadStaffing.StaffingGap;
import org.agilepmo.risk.ProjectRisks;
import org.agilepmo.risk.RiskHighlight;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Builds the dashboards from the other modules' published APIs, always as the reader sees
 * them: projects come from {@link ProjectCatalogue#listVisible}, and every figure of a
 * project is asked of its module with the reader, so a project the reader may not see is
 * neither counted nor summed. Reads only; nothing is written.
 */
@Service
public class DashboardService {

	/** How far ahead the milestones due are looked for. */
	public static final int MILESTONE_DAYS = 30;

	/** How many risks the top risks list across projects keeps. */
	public static final int TOP_RISKS = 10;

	static final Map<Health, String> HEALTH_COLOURS = Map.of(Health.GREEN, "#146c43", Health.AMBER, "#b35900",
			Health.RED, "#b02a37");

	private final ProjectCatalogue projects;

	private final PortfolioCatalogue portfolios;

	private final FinanceSummaries finance;

	private final PlanProgress plans;

	private final ProjectRisks risks;

	private final ProjectDelivery delivery;

	private final SquadDelivery squads;

	private final SquadStaffing staffing;

	private final OrganisationDirectory organisation;

	private final ProjectReports reports;

	DashboardService(ProjectCatalogue projects, PortfolioCatalogue portfolios, FinanceSummaries finance,
			PlanProgress plans, ProjectRisks risks, ProjectDelivery delivery, SquadDelivery squads,
			SquadStaffing staffing, OrganisationDirectory organisation, ProjectReports reports) {
		this.reports = reports;
		this.projects = projects;
		this.portfolios = portfolios;
		this.finance = finance;
		this.plans = plans;
		this.risks = risks;
		this.delivery = delivery;
		this.squads = squads;
		this.staffing = staffing;
		this.organisation = organisation;
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/** What the dashboards page offers: the programmes, tribes and projects to open. */
	public record Index(Map<Long, String> portfolios, List<ProgrammeSummary> programmes, List<OrgUnitSummary> tribes,
			List<ProjectOverview> projects) {

	}

	public Index index(Actor actor) {
		List<ProjectOverview> visible = this.projects.listVisible(actor);
		Map<Long, String> portfolios = new LinkedHashMap<>();
		Map<Long, ProgrammeSummary> programmes = new LinkedHashMap<>();
		for (ProjectOverview p : visible) {
			portfolios.putIfAbsent(p.portfolioId(), p.portfolioName());
			if (p.programmeId() != null && !programmes.containsKey(p.programmeId())) {
				this.portfolios.findVisibleProgramme(p.programmeId(), actor).ifPresent(g -> programmes.put(g.id(), g));
			}
		}
		List<OrgUnitSummary> tribes = this.organisation.ofType(UnitType.TRIBE);
		if (!actor.isPortfolioWide()) {
			java.util.Set<Long> mine = new java.util.HashSet<>();
			for (OrgUnitSummary unit : this.organisation.unitsOf(actor.id())) {
				mine.add(unit.id());
				if (unit.parentId() != null) {
					mine.add(unit.parentId());
				}
			}
			tribes = tribes.stream().filter(t -> mine.contains(t.id())).toList();
		}
		return new Index(portfolios,
				programmes.values().stream().sorted(Comparator.comparing(ProgrammeSummary::name)).toList(), tribes,
				visible);
	}

	/** The portfolio dashboard over the projects the filter keeps. */
	public Dashboard portfolio(Actor actor, DashboardFilter filter) {
		return overProjects(actor, null, filter);
	}

	/**
	 * One portfolio's dashboard, named after it: 404 when the reader may not see the
	 * portfolio. The same figures as the portfolio dashboard filtered on it.
	 */
	public Dashboard portfolio(Actor actor, long portfolioId) {
		org.agilepmo.portfolio.PortfolioSummary portfolio = this.portfolios.findVisiblePortfolio(portfolioId, actor)
			.orElseThrow(() -> new NotFoundException("portfolio", portfolioId));
		return overProjects(actor, portfolio.name(), new DashboardFilter(portfolioId, null, null, null));
	}

	/** A programme's dashboard: 404 when the reader may not see the programme. */
	public Dashboard programme(Actor actor, long programmeId, DashboardFilter filter) {
		ProgrammeSummary programme = this.portfolios.findVisibleProgramme(programmeId, actor)
			.orElseThrow(() -> new NotFoundException("programme", programmeId));
		return overProjects(actor, programme.name(), filter.withProgramme(programmeId));
	}

	private Dashboard overProjects(Actor actor, String name, DashboardFilter filter) {
		List<ProjectOverview> kept = this.projects.listVisible(actor).stream().filter(filter::keeps).toList();
		LocalDate today = today();
		LocalDate last = today.plusDays(MILESTONE_DAYS);
		List<Chart> charts = new ArrayList<>();
		charts.add(byStage(kept, filter));
		charts.add(byHealth(kept, filter));
		Map<String, List<Chart.Row>> money = new LinkedHashMap<>();
		List<Chart.Row> milestoneRows = new ArrayList<>();
		List<MilestoneLine> milestones = new ArrayList<>();
		List<Chart.Row> riskRows = new ArrayList<>();
		List<RiskLine> topRisks = new ArrayList<>();
		for (ProjectOverview p : kept) {
			this.finance.summary(p.id(), actor, today)
				.ifPresent(f -> money.computeIfAbsent(f.currency(), c -> new ArrayList<>())
					.add(Chart.Row.of(p.code(), "/projects/" + p.id() + "/budget", f.budget(), f.committed(),
							f.spent())));
			List<PlanProgress.UpcomingMilestone> due = this.plans.milestonesBetween(p.id(), today, last, actor);
			if (!due.isEmpty()) {
				milestoneRows.add(Chart.Row.of(p.code(), "/projects/" + p.id() + "/plan", due.size()));
				due.forEach(m -> milestones.add(new MilestoneLine(p.id(), p.code(), m.name(), m.finish().toLocalDate(),
						m.critical(), m.percentComplete())));
			}
			int open = this.risks.openRisks(p.id(), actor);
			if (open > 0) {
				riskRows.add(Chart.Row.of(p.code(), "/projects/" + p.id() + "/risks", open));
				this.risks.topOpenRisks(p.id(), actor, TOP_RISKS)
					.forEach(r -> topRisks.add(new RiskLine(p.id(), p.code(), r)));
			}
		}
		money.forEach(
				(currency,
						rows) -> charts.add(new Chart(
								"budget-" + currency.toLowerCase(java.util.Locale.ROOT), "dashboards.chart.budget",
								"dashboards.column.project", List.of("dashboards.series.budget",
										"dashboards.series.committed", "dashboards.series.spent"),
								rows, true, currency)));
		charts.add(new Chart("milestones", "dashboards.chart.milestones", "dashboards.column.project",
				List.of("dashboards.series.milestones"), milestoneRows, false, null));
		charts.add(new Chart("risks", "dashboards.chart.risks", "dashboards.column.project",
				List.of("dashboards.series.openRisks"), riskRows, false, null));
		Map<Long, String> codes = new LinkedHashMap<>();
		kept.forEach(p -> codes.put(p.id(), p.code()));
		List<ReportLine> reported = this.reports.latestHealth(actor)
			.stream()
			.filter(h -> codes.containsKey(h.projectId()))
			.map(h -> new ReportLine(codes.get(h.projectId()), h))
			.sorted(Comparator.comparing(ReportLine::projectCode))
			.toList();
		List<DeviationLine> deviations = this.reports.openDeviations(actor)
			.stream()
			.filter(d -> codes.containsKey(d.projectId()))
			.map(d -> new DeviationLine(codes.get(d.projectId()), d))
			.toList();
		charts.add(reportedHealth(reported));
		charts.add(deviationsByProject(deviations));
		milestones.sort(Comparator.comparing(MilestoneLine::date).thenComparing(MilestoneLine::projectCode));
		topRisks.sort(Comparator.comparingInt((RiskLine r) -> -r.risk().score())
			.thenComparing(RiskLine::projectCode)
			.thenComparing(r -> r.risk().code()));
		return new Dashboard(name, kept.size(), charts, milestones,
				topRisks.subList(0, Math.min(TOP_RISKS, topRisks.size())), List.of(), List.of(), null, null, today,
				last, reported, deviations);
	}

	/**
	 * Projects by the overall health of their latest report; each bar leads to the
	 * dashboard's table of reports (the list behind it), at that health.
	 */
	private static Chart reportedHealth(List<ReportLine> reported) {
		Map<Health, Integer> counts = new EnumMap<>(Health.class);
		for (Health h : Health.values()) {
			counts.put(h, 0);
		}
		reported.stream()
			.filter(r -> r.health().overall() != null)
			.forEach(r -> counts.merge(r.health().overall(), 1, Integer::sum));
		List<Chart.Row> rows = new ArrayList<>();
		counts.forEach((health, n) -> rows
			.add(Chart.Row.named("health." + health, "#reported-" + health, n).colour(HEALTH_COLOURS.get(health))));
		return new Chart("reported-health", "dashboards.chart.reportedHealth", "dashboards.column.health",
				List.of("dashboards.series.projects"), reported.isEmpty() ? List.of() : rows, false, null);
	}

	/** Open deviations by project; a bar leads to the project's newest open deviation. */
	private static Chart deviationsByProject(List<DeviationLine> deviations) {
		Map<String, List<DeviationLine>> byProject = new LinkedHashMap<>();
		deviations.forEach(d -> byProject.computeIfAbsent(d.projectCode(), k -> new ArrayList<>()).add(d));
		List<Chart.Row> rows = new ArrayList<>();
		byProject.forEach((code, list) -> rows.add(Chart.Row.of(code, list.get(0).deviation().link(), list.size())));
		return new Chart("deviations", "dashboards.chart.deviations", "dashboards.column.project",
				List.of("dashboards.series.deviations"), rows, false, null);
	}

	private static Chart byStage(List<ProjectOverview> projects, DashboardFilter filter) {
		Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
		for (Stage s : Stage.values()) {
			counts.put(s, 0);
		}
		projects.forEach(p -> counts.merge(p.stage(), 1, Integer::sum));
		List<Chart.Row> rows = new ArrayList<>();
		counts.forEach((stage, n) -> rows.add(Chart.Row.named("stage." + stage, filter.projectList(stage, null), n)));
		return new Chart("by-stage", "dashboards.chart.byStage", "dashboards.column.stage",
				List.of("dashboards.series.projects"), rows, false, null);
	}

	private static Chart byHealth(List<ProjectOverview> projects, DashboardFilter filter) {
		Map<Health, Integer> counts = new EnumMap<>(Health.class);
		for (Health h : Health.values()) {
			counts.put(h, 0);
		}
		projects.forEach(p -> counts.merge(p.health(), 1, Integer::sum));
		List<Chart.Row> rows = new ArrayList<>();
		counts.forEach((health, n) -> rows.add(Chart.Row.named("health." + health, filter.projectList(null, health), n)
			.colour(HEALTH_COLOURS.get(health))));
		return new Chart("by-health", "dashboards.chart.byHealth", "dashboards.column.health",
				List.of("dashboards.series.projects"), rows, false, null);
	}

	/** A project's dashboard: 404 when the reader may not see the project. */
	public Dashboard project(Actor actor, long projectId) {
		ProjectOverview project = this.projects.listVisible(actor)
			.stream()
			.filter(p -> p.id() == projectId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project", projectId));
		LocalDate today = today();
		LocalDate last = today.plusDays(MILESTONE_DAYS);
		List<Chart> charts = new ArrayList<>();
		Optional<ProjectFinance> money = this.finance.summary(projectId, actor, today);
		money.ifPresent(f -> charts.add(new Chart("budget-" + f.currency().toLowerCase(java.util.Locale.ROOT),
				"dashboards.chart.budget", "dashboards.column.project",
				List.of("dashboards.series.budget", "dashboards.series.committed", "dashboards.series.spent"),
				List.of(Chart.Row.of(project.code(), "/projects/" + projectId + "/budget", f.budget(), f.committed(),
						f.spent())),
				true, f.currency())));
		List<Chart.Row> progress = new ArrayList<>();
		for (ProjectDelivery.MilestoneProgress m : this.delivery.progressOf(projectId, actor)) {
			progress.add(m.milestoneRef() == null
					? Chart.Row.named("dashboards.noMilestone", "/projects/" + projectId + "/hub", m.items(),
							m.doneItems())
					: Chart.Row.of(m.milestoneRef(), "/projects/" + projectId + "/plan", m.items(), m.doneItems()));
		}
		charts.add(new Chart("delivery", "dashboards.chart.delivery", "dashboards.column.milestone",
				List.of("dashboards.series.items", "dashboards.series.doneItems"), progress, false, null));
		List<RiskLine> topRisks = new ArrayList<>();
		List<Chart.Row> riskRows = new ArrayList<>();
		for (RiskHighlight r : this.risks.topOpenRisks(projectId, actor, TOP_RISKS)) {
			topRisks.add(new RiskLine(projectId, project.code(), r));
			riskRows.add(Chart.Row.of(r.code(), r.link(), r.score()));
		}
		charts.add(new Chart("risks", "dashboards.chart.riskScores", "dashboards.column.risk",
				List.of("dashboards.series.score"), riskRows, false, null));
		List<MilestoneLine> milestones = this.plans.milestonesBetween(projectId, today, last, actor)
			.stream()
			.map(m -> new MilestoneLine(projectId, project.code(), m.name(), m.finish().toLocalDate(), m.critical(),
					m.percentComplete()))
			.toList();
		List<ReportLine> reported = this.reports.latestHealth(projectId, actor)
			.map(h -> List.of(new ReportLine(project.code(), h)))
			.orElse(List.of());
		List<DeviationLine> deviations = this.reports.openDeviations(projectId, actor)
			.stream()
			.map(d -> new DeviationLine(project.code(), d))
			.toList();
		return new Dashboard(project.name(), 1, charts, milestones, topRisks, List.of(), List.of(), project,
				money.orElse(null), today, last, reported, deviations);
	}

	/**
	 * A tribe's dashboard: its squads' velocity, sprints that met their commitment, work
	 * in progress and staffing gaps, and the epics they carry. 404 when there is no such
	 * tribe, 403 when the reader may not see it.
	 */
	public Dashboard tribe(Actor actor, long tribeId) {
		OrgUnitSummary tribe = this.organisation.find(tribeId)
			.filter(u -> u.type() == UnitType.TRIBE)
			.orElseThrow(() -> new NotFoundException("tribe", tribeId));
		List<SquadFigures> squads = this.squads.squadsOfTribe(tribeId, actor);
		List<EpicFigures> epics = this.squads.epicsOfTribe(tribeId, actor);
		List<StaffingGap> gaps = this.staffing.gapsOfTribe(tribeId, today());
		List<Chart.Row> velocity = new ArrayList<>();
		List<Chart.Row> goals = new ArrayList<>();
		List<Chart.Row> wip = new ArrayList<>();
		List<Chart.Row> staffed = new ArrayList<>();
		Map<Long, Integer> gapBySquad = new LinkedHashMap<>();
		gaps.forEach(g -> gapBySquad.merge(g.squadId(), g.gap(), Integer::sum));
		for (SquadFigures s : squads) {
			String base = "/delivery/squads/" + s.squadId();
			velocity.add(Chart.Row.of(s.squadName(), base + "/charts",
					s.velocity() == null ? 0 : Math.round(s.velocity() * 10) / 10.0));
			goals.add(Chart.Row.of(s.squadName(), base + "/sprints", s.closedSprints(), s.goalsMet()));
			wip.add(Chart.Row.of(s.squadName(), base + "/board", s.workInProgress()));
			staffed.add(Chart.Row.of(s.squadName(), "/resources/squads/" + s.squadId(),
					gapBySquad.getOrDefault(s.squadId(), 0)));
		}
		Map<String, Integer> epicsByProject = new LinkedHashMap<>();
		epics.forEach(e -> epicsByProject.merge(e.projectCode() == null ? "" : e.projectCode(), 1, Integer::sum));
		List<Chart.Row> carried = new ArrayList<>();
		epicsByProject.forEach((code, n) -> carried
			.add(code.isEmpty() ? Chart.Row.named("dashboards.noProject", "/delivery/tribes/" + tribeId, n)
					: Chart.Row.of(code, "/delivery/tribes/" + tribeId, n)));
		List<Chart> charts = List.of(
				new Chart("velocity", "dashboards.chart.velocity", "dashboards.column.squad",
						List.of("dashboards.series.velocity"), velocity, false, null),
				new Chart("sprint-goals", "dashboards.chart.sprintGoals", "dashboards.column.squad",
						List.of("dashboards.series.closedSprints", "dashboards.series.goalsMet"), goals, false, null),
				new Chart("work-in-progress", "dashboards.chart.wip", "dashboards.column.squad",
						List.of("dashboards.series.wip"), wip, false, null),
				new Chart("staffing-gaps", "dashboards.chart.gaps", "dashboards.column.squad",
						List.of("dashboards.series.gap"), staffed, false, null),
				new Chart("epics", "dashboards.chart.epics", "dashboards.column.project",
						List.of("dashboards.series.epics"), carried, false, null));
		return new Dashboard(tribe.name(), 0, charts, List.of(), List.of(), epics, gaps, null, null, today(), today(),
				List.of(), List.of());
	}

}
