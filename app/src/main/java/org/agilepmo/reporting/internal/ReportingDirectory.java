package org.agilepmo.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status reports, deviations and remediation actions as the rest of the platform sees
 * them, through the project's rule. A person's work here: their open remediation actions;
 * for a project manager, the overdue report and the drafts of their projects and the
 * deviations still without a plan; for the PMO, the reports to review, every overdue
 * report and every deviation without a plan that they may see.
 */
@Component
class ReportingDirectory implements ObjectDirectory {

	private static final Set<String> KINDS = Set.of(StatusReportService.ENTITY, DeviationService.ENTITY,
			DeviationService.ACTION);

	private final StatusReports reports;

	private final Deviations deviations;

	private final RemediationActions actions;

	private final ReportingAccess access;

	private final SettingsService settings;

	private final ReportingClock clock;

	private final MessageSource messages;

	ReportingDirectory(StatusReports reports, Deviations deviations, RemediationActions actions, ReportingAccess access,
			SettingsService settings, ReportingClock clock, MessageSource messages) {
		this.reports = reports;
		this.deviations = deviations;
		this.actions = actions;
		this.access = access;
		this.settings = settings;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	public Set<String> kinds() {
		return KINDS;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return located(ref).flatMap(found -> this.access.find(actor, found.projectId())
			.map(p -> new ObjectCard(ref, p.code() + " · " + found.title(), found.code(), found.link(), p.id(),
					p.classification())));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return located(ref).map(found -> this.access.mayEdit(actor, found.projectId())).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return located(ref)
			.map(found -> new SearchText(found.title(), found.body(), found.projectId(), Classification.CONFIDENTIAL));
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<ObjectRef> refs = switch (kind) {
			case StatusReportService.ENTITY ->
				this.reports.findAll().stream().map(r -> new ObjectRef(kind, r.id())).toList();
			case DeviationService.ENTITY ->
				this.deviations.findAll().stream().map(d -> new ObjectRef(kind, d.id())).toList();
			case DeviationService.ACTION ->
				this.actions.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList();
			default -> List.of();
		};
		return refs.stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		Map<Long, ProjectOverview> visible = this.access.visibleProjects(actor);
		List<WorkEntry> work = new ArrayList<>();
		LocalDate today = this.clock.today();
		for (RemediationAction a : this.actions.findByOwnerIdAndDoneAtIsNullOrderByDueOnAscIdAsc(actor.id())) {
			ProjectOverview p = visible.get(a.projectId());
			if (p != null) {
				boolean late = a.dueOn().isBefore(today);
				work.add(new WorkEntry(card(new ObjectRef(DeviationService.ACTION, a.id()), p),
						late ? "work.remediation-action.overdue" : "work.remediation-action.open", a.dueOn(), late));
			}
		}
		boolean pmo = this.access.isPmo(actor);
		Map<Long, ProjectOverview> mine = new LinkedHashMap<>();
		for (ProjectOverview p : visible.values()) {
			if (pmo || this.access.mayEdit(actor, p.id())) {
				mine.put(p.id(), p);
			}
		}
		if (mine.isEmpty()) {
			return sorted(work);
		}
		Map<Long, List<StatusReport>> byProject = new HashMap<>();
		for (StatusReport r : this.reports.findByProjectIdInOrderByPeriodEndDesc(mine.keySet())) {
			byProject.computeIfAbsent(r.projectId(), k -> new ArrayList<>()).add(r);
		}
		Map<Long, Cadence> cadences = new HashMap<>();
		for (ProjectOverview p : mine.values()) {
			List<StatusReport> reportsOfProject = byProject.getOrDefault(p.id(), List.of());
			if (ReportingDuty.owesReports(p.stage())) {
				Cadence cadence = cadences.computeIfAbsent(p.portfolioId(), id -> this.settings.of(id).cadence());
				ReportingDuty
					.overduePeriod(cadence, today,
							end -> reportsOfProject.stream()
								.anyMatch(r -> r.periodEnd().equals(end) && r.status() != ReportStatus.DRAFT))
					.ifPresent(end -> work.add(new WorkEntry(
							new ObjectCard(new ObjectRef("project", p.id()), p.code() + " · " + p.name(), null,
									"/projects/" + p.id() + "/status-reports", p.id(), p.classification()),
							"work.status-report.overdue", cadence.dueOn(end), true)));
			}
			for (StatusReport r : reportsOfProject) {
				if (pmo && r.status() == ReportStatus.SUBMITTED) {
					work.add(new WorkEntry(card(new ObjectRef(StatusReportService.ENTITY, r.id()), p),
							"work.status-report.review", null, false));
				}
				else if (!pmo && r.status() == ReportStatus.DRAFT) {
					work.add(new WorkEntry(card(new ObjectRef(StatusReportService.ENTITY, r.id()), p),
							"work.status-report.draft", r.dueOn(), r.dueOn().isBefore(today)));
				}
			}
		}
		for (Deviation d : this.deviations.findByProjectIdInOrderByRaisedAtDescIdDesc(mine.keySet())) {
			if (d.status() == Deviation.Status.RAISED) {
				work.add(new WorkEntry(card(new ObjectRef(DeviationService.ENTITY, d.id()), mine.get(d.projectId())),
						"work.deviation.raised", d.raisedOn(), false));
			}
		}
		return sorted(work);
	}

	private static List<WorkEntry> sorted(List<WorkEntry> work) {
		work.sort(Comparator.comparing((WorkEntry w) -> !w.overdue())
			.thenComparing(WorkEntry::due, Comparator.nullsLast(Comparator.naturalOrder())));
		return work;
	}

	private ObjectCard card(ObjectRef ref, ProjectOverview p) {
		Found found = located(ref).orElseThrow();
		return new ObjectCard(ref, p.code() + " · " + found.title(), found.code(), found.link(), p.id(),
				p.classification());
	}

	private Optional<Found> located(ObjectRef ref) {
		return switch (ref.kind()) {
			case StatusReportService.ENTITY -> this.reports.findById(ref.id())
				.map(r -> new Found(r.projectId(), "SR-" + r.id(),
						text("reporting.card.report", r.periodEnd().toString()), "/status-reports/" + r.id(), ""));
			case DeviationService.ENTITY -> this.deviations.findById(ref.id())
				.map(d -> new Found(d.projectId(), "DV-" + d.id(),
						text("reporting.kind." + d.kind().name()) + " (" + d.detail() + ")", "/deviations/" + d.id(),
						""));
			case DeviationService.ACTION -> this.actions.findById(ref.id())
				.map(a -> new Found(a.projectId(), "RA-" + a.id(), a.title(),
						"/deviations/" + a.deviationId() + "#action-" + a.id(), ""));
			default -> Optional.empty();
		};
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private record Found(long projectId, String code, String title, String link, String body) {
	}

}
