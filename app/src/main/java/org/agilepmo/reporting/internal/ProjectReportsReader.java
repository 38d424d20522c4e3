package org.agilepmo.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.reporting.ProjectReports;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reporting's published reading: latest reported health and open deviations. */
@Component
class ProjectReportsReader implements ProjectReports {

	private final StatusReports reports;

	private final Deviations deviations;

	private final RemediationActions actions;

	private final ReportingAccess access;

	private final SettingsService settings;

	private final ReportingClock clock;

	ProjectReportsReader(StatusReports reports, Deviations deviations, RemediationActions actions,
			ReportingAccess access, SettingsService settings, ReportingClock clock) {
		this.reports = reports;
		this.deviations = deviations;
		this.actions = actions;
		this.access = access;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReportedHealth> latestHealth(long projectId, Actor actor) {
		return this.access.find(actor, projectId)
			.flatMap(p -> latest(this.reports.findByProjectIdOrderByPeriodEndDesc(projectId), p.stage(),
					p.portfolioId()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportedHealth> latestHealth(Actor actor) {
		Map<Long, ProjectOverview> projects = this.access.visibleProjects(actor);
		if (projects.isEmpty()) {
			return List.of();
		}
		Map<Long, List<StatusReport>> byProject = new LinkedHashMap<>();
		for (StatusReport r : this.reports.findByProjectIdInOrderByPeriodEndDesc(projects.keySet())) {
			byProject.computeIfAbsent(r.projectId(), k -> new ArrayList<>()).add(r);
		}
		List<ReportedHealth> health = new ArrayList<>();
		for (ProjectOverview p : projects.values()) {
			latest(byProject.getOrDefault(p.id(), List.of()), p.stage(), p.portfolioId()).ifPresent(health::add);
		}
		return health;
	}

	private Optional<ReportedHealth> latest(List<StatusReport> newestFirst, org.agilepmo.portfolio.Stage stage,
			long portfolioId) {
		Optional<StatusReport> chosen = newestFirst.stream()
			.filter(r -> r.status() == ReportStatus.PUBLISHED)
			.findFirst()
			.or(() -> newestFirst.stream().filter(r -> r.status() != ReportStatus.DRAFT).findFirst());
		boolean overdue = ReportingDuty.owesReports(stage) && ReportingDuty
			.overduePeriod(this.settings.of(portfolioId).cadence(), this.clock.today(),
					end -> newestFirst.stream()
						.anyMatch(r -> r.periodEnd().equals(end) && r.status() != ReportStatus.DRAFT))
			.isPresent();
		return chosen.map(r -> new ReportedHealth(r.projectId(), r.portfolioId(), r.id(), r.periodEnd(),
				r.status().name(), r.overall(), r.scope(), r.schedule(), r.cost(), r.risk(), r.resources(),
				r.submittedAt(), overdue, "/status-reports/" + r.id()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeviationSummary> openDeviations(Actor actor) {
		Map<Long, ProjectOverview> projects = this.access.visibleProjects(actor);
		if (projects.isEmpty()) {
			return List.of();
		}
		return summaries(this.deviations.findByProjectIdInOrderByRaisedAtDescIdDesc(projects.keySet()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeviationSummary> openDeviations(long projectId, Actor actor) {
		if (this.access.find(actor, projectId).isEmpty()) {
			return List.of();
		}
		return summaries(this.deviations.findByProjectIdOrderByRaisedAtDescIdDesc(projectId));
	}

	private List<DeviationSummary> summaries(List<Deviation> all) {
		return all.stream()
			.filter(Deviation::isOpen)
			.sorted(Comparator.comparing(Deviation::raisedAt).reversed())
			.map(d -> new DeviationSummary(d.id(), d.projectId(), d.portfolioId(), d.kind().name(), d.status().name(),
					d.raisedOn(), d.detail(),
					(int) this.actions.findByDeviationIdOrderByDueOnAscIdAsc(d.id())
						.stream()
						.filter(a -> !a.isDone())
						.count(),
					"/deviations/" + d.id()))
			.toList();
	}

}
