package org.agilepmo.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.ScheduleStatus;
import org.agilepmo.portfolio.ProjectManagers;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.reporting.DeviationRaised;
import org.agilepmo.risk.ProjectRisks;
import org.agilepmo.risk.RiskHighlight;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deviations: the portfolio's thresholds measured on a project (by the platform, on a
 * schedule and after the changes that move the measures), each crossing raised once while
 * open and told to the project manager and the PMO; a remediation plan of actions with
 * owners and due days; closed when its last action is done, or by the PMO with a note. An
 * overdue report's deviation closes itself when the report is submitted.
 */
@Service
public class DeviationService {

	static final String ENTITY = "deviation";

	static final String ACTION = "remediation-action";

	private final Deviations deviations;

	private final RemediationActions actions;

	private final StatusReports reports;

	private final ReportingAccess access;

	private final SettingsService settings;

	private final ScheduleStatus schedule;

	private final FinanceSummaries finance;

	private final ProjectRisks risks;

	private final ProjectManagers managers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ReportingClock clock;

	DeviationService(Deviations deviations, RemediationActions actions, StatusReports reports, ReportingAccess access,
			SettingsService settings, ScheduleStatus schedule, FinanceSummaries finance, ProjectRisks risks,
			ProjectManagers managers, AuditTrail audit, ApplicationEventPublisher events, ReportingClock clock) {
		this.deviations = deviations;
		this.actions = actions;
		this.reports = reports;
		this.access = access;
		this.settings = settings;
		this.schedule = schedule;
		this.finance = finance;
		this.risks = risks;
		this.managers = managers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// ---- measuring

	/**
	 * What each threshold of the project's portfolio measures now: crossed ones only. The
	 * cost and schedule indices are measured against the red levels finance keeps for the
	 * portfolio whenever finance can colour them (a budget and a baselined plan); the
	 * reporting settings' own levels only when it cannot.
	 */
	Map<DeviationKind, String> measure(ProjectSummary project) {
		Actor platform = ReportingAccess.PLATFORM;
		ReportingSettings s = this.settings.of(project.portfolioId());
		Map<DeviationKind, String> crossed = new EnumMap<>(DeviationKind.class);
		Optional<ScheduleStatus.Status> plan = this.schedule.status(project.id(), platform);
		Integer slip = plan.map(ScheduleStatus.Status::finishSlipDays).orElse(null);
		if (slip != null && slip > s.finishSlipDays()) {
			crossed.put(DeviationKind.FINISH_SLIP, slip + " > " + s.finishSlipDays());
		}
		LocalDate today = this.clock.today();
		Optional<FinanceSummaries.ProjectHealth> health = this.finance.health(project.id(), platform, today);
		if (health.isPresent()) {
			red(crossed, DeviationKind.COST_INDEX, health.get().cost());
			red(crossed, DeviationKind.SCHEDULE_INDEX, health.get().schedule());
		}
		else {
			this.finance.summary(project.id(), platform, today).ifPresent(f -> {
				below(crossed, DeviationKind.COST_INDEX, f.cpi(), s.cpiBelow());
				below(crossed, DeviationKind.SCHEDULE_INDEX, f.spi(), s.spiBelow());
			});
		}
		if (s.unansweredHighRisk()) {
			List<RiskHighlight> unanswered = this.risks.unansweredHighRisks(project.id(), platform);
			if (!unanswered.isEmpty()) {
				crossed.put(DeviationKind.UNANSWERED_RISK,
						String.join(", ", unanswered.stream().map(RiskHighlight::code).toList()));
			}
		}
		if (s.reportOverdue() && ReportingDuty.owesReports(project.stage())) {
			ReportingDuty
				.overduePeriod(s.cadence(), today,
						end -> this.reports.findByProjectIdAndPeriodEnd(project.id(), end)
							.filter(r -> r.status() != ReportStatus.DRAFT)
							.isPresent())
				.ifPresent(end -> crossed.put(DeviationKind.REPORT_OVERDUE, end.toString()));
		}
		return crossed;
	}

	/**
	 * An index that finance colours red against its portfolio's own levels: the threshold
	 * is finance's red level.
	 */
	private static void red(Map<DeviationKind, String> crossed, DeviationKind kind, FinanceSummaries.Indicator index) {
		if (index.colour() == FinanceSummaries.Health.RED) {
			below(crossed, kind, index.value(), index.redBelow());
		}
	}

	private static void below(Map<DeviationKind, String> crossed, DeviationKind kind, BigDecimal value,
			BigDecimal threshold) {
		if (value != null && value.compareTo(threshold) < 0) {
			crossed.put(kind, value.stripTrailingZeros().toPlainString() + " < "
					+ threshold.stripTrailingZeros().toPlainString());
		}
	}

	/**
	 * Measures one project and raises what is crossed and not yet open; an open
	 * deviation's detail follows its measure. Answers the deviations raised.
	 */
	@Transactional
	public List<Deviation> check(long projectId) {
		Optional<ProjectSummary> found = this.access.find(ReportingAccess.PLATFORM, projectId);
		if (found.isEmpty() || found.get().stage().isFinal()) {
			return List.of();
		}
		ProjectSummary project = found.get();
		Map<DeviationKind, String> crossed = measure(project);
		Map<DeviationKind, Deviation> open = new EnumMap<>(DeviationKind.class);
		for (Deviation d : this.deviations.findByProjectIdAndStatusNot(projectId, Deviation.Status.CLOSED)) {
			open.put(d.kind(), d);
		}
		List<Deviation> raised = new ArrayList<>();
		for (Map.Entry<DeviationKind, String> e : crossed.entrySet()) {
			Deviation existing = open.get(e.getKey());
			if (existing != null) {
				var before = existing.state();
				if (existing.remeasure(e.getValue())) {
					this.deviations.saveAndFlush(existing);
					this.audit.record(new AuditRecord(ENTITY + ".remeasured", ENTITY, String.valueOf(existing.id()),
							project.classification(), null, before, existing.state()));
				}
				continue;
			}
			Deviation d = this.deviations.saveAndFlush(new Deviation(projectId, project.portfolioId(), e.getKey(),
					e.getValue(), this.clock.now(), this.clock.today()));
			this.audit.record(new AuditRecord(ENTITY + ".raised", ENTITY, String.valueOf(d.id()),
					project.classification(), null, null, d.state()));
			this.events.publishEvent(
					new DeviationRaised(d.id(), projectId, project.portfolioId(), d.kind().name(), d.detail()));
			java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
			data.put("projectId", projectId);
			data.put("portfolioId", project.portfolioId());
			data.put("kind", d.kind().name());
			data.put("detail", d.detail());
			this.events
				.publishEvent(new org.agilepmo.shared.PlatformEvent(org.agilepmo.shared.PlatformEvent.DEVIATION_RAISED,
						new ObjectRef(ENTITY, d.id()), project.classification(), data));
			tell(project, d);
			raised.add(d);
		}
		return raised;
	}

	/**
	 * Measures a project now, at the request of whoever may change it or of the PMO (the
	 * measuring itself reads with the platform's rights, as the schedule does).
	 */
	@Transactional
	public List<Deviation> checkNow(Actor actor, long projectId) {
		keeper(actor, projectId);
		return check(projectId);
	}

	/** Every project that is not closed or cancelled, measured one by one. */
	public int checkAll(java.util.function.LongFunction<List<Deviation>> each) {
		int raised = 0;
		for (ProjectOverview p : this.access.visibleProjects(ReportingAccess.PLATFORM).values()) {
			if (!p.stage().isFinal()) {
				raised += each.apply(p.id()).size();
			}
		}
		return raised;
	}

	/** The project manager and the PMO officers who see the project hear of it. */
	private void tell(ProjectSummary project, Deviation d) {
		ObjectRef ref = new ObjectRef(ENTITY, d.id());
		Optional<Long> manager = this.managers.managerOf(project.id());
		manager.ifPresent(m -> this.events.publishEvent(new Attention(m, ref, "due", null)));
		for (PersonSummary person : this.access.enabledPeople()) {
			if (person.roles().contains(GlobalRole.PMO_OFFICER) && !manager.equals(Optional.of(person.id()))
					&& this.access.find(ReportingAccess.asActor(person), project.id()).isPresent()) {
				this.events.publishEvent(new Attention(person.id(), ref, "due", null));
			}
		}
	}

	/** A submitted report ends its period's overdue deviation. */
	@Transactional
	public void reportSubmitted(long projectId, LocalDate periodEnd) {
		for (Deviation d : this.deviations.findByProjectIdAndStatusNot(projectId, Deviation.Status.CLOSED)) {
			if (d.kind() == DeviationKind.REPORT_OVERDUE && d.detail().equals(periodEnd.toString())) {
				var before = d.state();
				d.close(null, "report submitted", this.clock.now());
				this.deviations.saveAndFlush(d);
				this.audit.record(new AuditRecord(ENTITY + ".closed", ENTITY, String.valueOf(d.id()),
						this.access.find(ReportingAccess.PLATFORM, projectId)
							.map(ProjectSummary::classification)
							.orElse(null),
						null, before, d.state()));
			}
		}
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Deviation get(Actor actor, long id) {
		Deviation d = this.deviations.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		this.access.visible(actor, d.projectId());
		return d;
	}

	@Transactional(readOnly = true)
	public List<Deviation> ofProject(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.deviations.findByProjectIdOrderByRaisedAtDescIdDesc(projectId);
	}

	/** The deviations of the projects the person sees, optionally of one portfolio. */
	@Transactional(readOnly = true)
	public List<Deviation> visible(Actor actor, Long portfolioId, boolean openOnly) {
		var projects = this.access.visibleProjects(actor);
		if (projects.isEmpty()) {
			return List.of();
		}
		return this.deviations.findByProjectIdInOrderByRaisedAtDescIdDesc(projects.keySet())
			.stream()
			.filter(d -> portfolioId == null || d.portfolioId() == portfolioId)
			.filter(d -> !openOnly || d.isOpen())
			.toList();
	}

	@Transactional(readOnly = true)
	public List<RemediationAction> actionsOf(Actor actor, Deviation d) {
		this.access.visible(actor, d.projectId());
		return this.actions.findByDeviationIdOrderByDueOnAscIdAsc(d.id());
	}

	@Transactional(readOnly = true)
	public List<RemediationAction> actionsOwnedBy(Actor actor) {
		return this.actions.findByOwnerIdAndDoneAtIsNullOrderByDueOnAscIdAsc(actor.id())
			.stream()
			.filter(a -> this.access.find(actor, a.projectId()).isPresent())
			.toList();
	}

	@Transactional(readOnly = true)
	public RemediationAction action(Actor actor, long id) {
		RemediationAction a = this.actions.findById(id).orElseThrow(() -> new NotFoundException(ACTION, id));
		this.access.visible(actor, a.projectId());
		return a;
	}

	public boolean isOverdue(RemediationAction a) {
		return !a.isDone() && a.dueOn().isBefore(this.clock.today());
	}

	// ---- remediation

	/**
	 * A step of the remediation plan: by whoever may change the project, or the PMO; the
	 * owner (who must see the project) is told.
	 */
	@Transactional
	public RemediationAction addAction(Actor actor, long deviationId, long expectedVersion, String title, Long ownerId,
			LocalDate dueOn) {
		Deviation d = get(actor, deviationId);
		ProjectSummary project = keeper(actor, d.projectId());
		Versioned.check(ENTITY, deviationId, expectedVersion, d.version());
		d.requireOpen();
		PersonSummary owner = this.access.owner("ownerId", ownerId, d.projectId());
		if (dueOn != null && dueOn.isBefore(d.raisedOn())) {
			throw new RuleViolationException("dueOn", "reporting.error.dueBeforeRaised",
					"is before the deviation was raised");
		}
		RemediationAction a = this.actions
			.saveAndFlush(new RemediationAction(d.id(), d.projectId(), title, owner.id(), dueOn));
		this.audit.record(AuditRecord.created(ACTION, a.id(), project.classification(), a.state()));
		var before = d.state();
		d.planned();
		this.deviations.saveAndFlush(d);
		this.audit.record(AuditRecord.updated(ENTITY, d.id(), project.classification(), before, d.state()));
		if (owner.id() != actor.id()) {
			this.events
				.publishEvent(new Attention(owner.id(), new ObjectRef(ACTION, a.id()), "assignment", actor.id()));
		}
		return a;
	}

	/**
	 * The owner (or whoever keeps the project's reports, or the PMO) marks an action
	 * done; the deviation closes with its last open action.
	 */
	@Transactional
	public RemediationAction done(Actor actor, long actionId, long expectedVersion) {
		RemediationAction a = action(actor, actionId);
		if (a.ownerId() != actor.id()) {
			keeper(actor, a.projectId());
		}
		ProjectSummary project = this.access.visible(actor, a.projectId());
		Versioned.check(ACTION, actionId, expectedVersion, a.version());
		var before = a.state();
		a.done(actor.id(), this.clock.now());
		this.actions.saveAndFlush(a);
		this.audit.record(AuditRecord.updated(ACTION, a.id(), project.classification(), before, a.state()));
		Deviation d = this.deviations.findById(a.deviationId()).orElseThrow();
		boolean allDone = this.actions.findByDeviationIdOrderByDueOnAscIdAsc(d.id())
			.stream()
			.allMatch(RemediationAction::isDone);
		if (allDone && d.isOpen()) {
			var deviationBefore = d.state();
			d.close(actor.id(), "remediation completed", this.clock.now());
			this.deviations.saveAndFlush(d);
			this.audit.record(new AuditRecord(ENTITY + ".closed", ENTITY, String.valueOf(d.id()),
					project.classification(), null, deviationBefore, d.state()));
		}
		return a;
	}

	/** The PMO closes a deviation with a note (the cause went away, accepted...). */
	@Transactional
	public Deviation close(Actor actor, long deviationId, long expectedVersion, String note) {
		Deviation d = get(actor, deviationId);
		ProjectSummary project = this.access.pmo(actor, d.projectId());
		Versioned.check(ENTITY, deviationId, expectedVersion, d.version());
		if (note == null || note.isBlank()) {
			throw new RuleViolationException("note", "reporting.error.noteNeeded", "say why it is closed");
		}
		var before = d.state();
		d.close(actor.id(), note, this.clock.now());
		this.deviations.saveAndFlush(d);
		this.audit.record(new AuditRecord(ENTITY + ".closed", ENTITY, String.valueOf(d.id()), project.classification(),
				null, before, d.state()));
		return d;
	}

	private ProjectSummary keeper(Actor actor, long projectId) {
		ProjectSummary project = this.access.visible(actor, projectId);
		if (!this.access.mayEdit(actor, projectId) && !this.access.isPmo(actor)) {
			throw new AccessDeniedException("may not plan the remediation of project " + projectId);
		}
		return project;
	}

}
