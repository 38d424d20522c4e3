package org.agilepmo.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.reporting.StatusReportSubmitted;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's status reports: started by whoever may change the project (figures filled
 * in from the modules with the writer's rights, health suggested from them), edited and
 * submitted as drafts, reviewed, returned or published by the PMO. Every write is
 * audited.
 */
@Service
public class StatusReportService {

	static final String ENTITY = "status-report";

	private final StatusReports reports;

	private final ReportingAccess access;

	private final SettingsService settings;

	private final FigureCollector collector;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ReportingClock clock;

	private final ObjectMapper json;

	private final org.agilepmo.risk.ProjectRisks risks;

	private final DeviationService deviations;

	StatusReportService(StatusReports reports, ReportingAccess access, SettingsService settings,
			FigureCollector collector, AuditTrail audit, ApplicationEventPublisher events, ReportingClock clock,
			ObjectMapper json, org.agilepmo.risk.ProjectRisks risks, DeviationService deviations) {
		this.deviations = deviations;
		this.reports = reports;
		this.access = access;
		this.settings = settings;
		this.collector = collector;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.json = json;
		this.risks = risks;
	}

	@Transactional(readOnly = true)
	public List<StatusReport> list(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.reports.findByProjectIdOrderByPeriodEndDesc(projectId);
	}

	@Transactional(readOnly = true)
	public StatusReport get(Actor actor, long id) {
		StatusReport report = this.reports.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		this.access.visible(actor, report.projectId());
		return report;
	}

	/** The report of the period before this one, when there is one. */
	@Transactional(readOnly = true)
	public Optional<StatusReport> previous(Actor actor, StatusReport report) {
		this.access.visible(actor, report.projectId());
		return this.reports.findByProjectIdOrderByPeriodEndDesc(report.projectId())
			.stream()
			.filter(r -> r.periodEnd().isBefore(report.periodEnd()))
			.findFirst();
	}

	public Figures figures(StatusReport report) {
		return this.json.readValue(report.figuresJson(), Figures.class);
	}

	/** The end of the period whose report is overdue, when the project owes one. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> overduePeriod(Actor actor, long projectId) {
		ProjectSummary project = this.access.visible(actor, projectId);
		if (!ReportingDuty.owesReports(project.stage())) {
			return Optional.empty();
		}
		return ReportingDuty.overduePeriod(this.settings.of(project.portfolioId()).cadence(), this.clock.today(),
				end -> this.reports.findByProjectIdAndPeriodEnd(projectId, end)
					.filter(r -> r.status() != ReportStatus.DRAFT)
					.isPresent());
	}

	/** The period the next report of the project should cover: the oldest one missing. */
	@Transactional(readOnly = true)
	public LocalDate nextPeriod(Actor actor, long projectId) {
		ProjectSummary project = this.access.visible(actor, projectId);
		Cadence cadence = this.settings.of(project.portfolioId()).cadence();
		LocalDate today = this.clock.today();
		LocalDate ended = ReportingDuty.lastEndedPeriod(cadence, today);
		if (this.reports.findByProjectIdAndPeriodEnd(projectId, ended).isEmpty()) {
			return ended;
		}
		return cadence.periodEnd(today);
	}

	/**
	 * Starts the report of a period (the next one missing when none is named): figures
	 * from the modules as the writer sees them, health suggested from them.
	 */
	@Transactional
	public StatusReport create(Actor actor, long projectId, LocalDate periodEnd) {
		ProjectSummary project = this.access.editable(actor, projectId);
		Cadence cadence = this.settings.of(project.portfolioId()).cadence();
		LocalDate end = periodEnd == null ? nextPeriod(actor, projectId) : periodEnd;
		if (!cadence.periodEnd(end).equals(end)) {
			throw new RuleViolationException("periodEnd", "reporting.error.notPeriodEnd",
					"is not the last day of a reporting period of this portfolio", cadence.periodEnd(end));
		}
		if (this.reports.findByProjectIdAndPeriodEnd(projectId, end).isPresent()) {
			throw new RuleViolationException("periodEnd", "reporting.error.periodTaken",
					"this period already has a report", end);
		}
		Figures figures = collect(actor, projectId, end);
		StatusReport.Assessment suggested = FigureCollector.suggest(figures, this.settings.of(project.portfolioId()),
				!this.risks.unansweredHighRisks(projectId, actor).isEmpty());
		StatusReport report = this.reports
			.saveAndFlush(new StatusReport(projectId, project.portfolioId(), cadence.periodStart(end), end,
					cadence.dueOn(end), actor.id(), this.clock.now(), write(figures), suggested));
		this.audit.record(AuditRecord.created(ENTITY, report.id(), project.classification(), report.state()));
		return report;
	}

	private Figures collect(Actor actor, long projectId, LocalDate end) {
		LocalDate today = this.clock.today();
		return this.collector.collect(projectId, actor, end.isBefore(today) ? end : today);
	}

	@Transactional
	public StatusReport edit(Actor actor, long id, long expectedVersion, Change<ReportDraft> change) {
		StatusReport report = writable(actor, id, expectedVersion);
		ProjectSummary project = this.access.visible(actor, report.projectId());
		Figures figures = figures(report);
		ReportDraft draft = change.applyTo(new ReportDraft(report.assessment(), figures.correction()));
		var before = report.state();
		report.edit(draft.assessment(), write(figures.corrected(draft.figures())), this.clock.now());
		return save(report, project, before, ENTITY + ".updated");
	}

	/** Fills the draft's figures again from the modules, as they stand now. */
	@Transactional
	public StatusReport refresh(Actor actor, long id, long expectedVersion) {
		StatusReport report = writable(actor, id, expectedVersion);
		ProjectSummary project = this.access.visible(actor, report.projectId());
		var before = report.state();
		report.edit(report.assessment(), write(collect(actor, report.projectId(), report.periodEnd())),
				this.clock.now());
		return save(report, project, before, ENTITY + ".figures-refreshed");
	}

	@Transactional
	public StatusReport submit(Actor actor, long id, long expectedVersion) {
		StatusReport report = writable(actor, id, expectedVersion);
		ProjectSummary project = this.access.visible(actor, report.projectId());
		var before = report.state();
		report.submit(actor.id(), this.clock.now());
		save(report, project, before, ENTITY + ".submitted");
		this.deviations.reportSubmitted(report.projectId(), report.periodEnd());
		this.events.publishEvent(new StatusReportSubmitted(report.id(), report.projectId(), report.periodEnd(),
				report.overall().name(), actor.id()));
		java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("projectId", report.projectId());
		data.put("periodEnd", report.periodEnd().toString());
		data.put("overall", report.overall().name());
		data.put("submittedBy", actor.id());
		this.events
			.publishEvent(new org.agilepmo.shared.PlatformEvent(org.agilepmo.shared.PlatformEvent.REPORT_SUBMITTED,
					new ObjectRef(ENTITY, report.id()), project.classification(), data));
		for (var person : this.access.enabledPeople()) {
			if (person.roles().contains(GlobalRole.PMO_OFFICER) && person.id() != actor.id()
					&& this.access.find(ReportingAccess.asActor(person), report.projectId()).isPresent()) {
				this.events.publishEvent(
						new Attention(person.id(), new ObjectRef(ENTITY, report.id()), "decision", actor.id()));
			}
		}
		return report;
	}

	@Transactional
	public StatusReport review(Actor actor, long id, long expectedVersion, String comment) {
		StatusReport report = pmo(actor, id, expectedVersion);
		ProjectSummary project = this.access.visible(actor, report.projectId());
		var before = report.state();
		report.review(comment, actor.id(), this.clock.now());
		save(report, project, before, ENTITY + ".reviewed");
		tellAuthor(actor, report, "comment");
		return report;
	}

	@Transactional
	public StatusReport returnToDraft(Actor actor, long id, long expectedVersion, String comment) {
		StatusReport report = pmo(actor, id, expectedVersion);
		ProjectSummary project = this.access.visible(actor, report.projectId());
		var before = report.state();
		report.returnToDraft(comment, actor.id(), this.clock.now());
		save(report, project, before, ENTITY + ".returned");
		tellAuthor(actor, report, "comment");
		return report;
	}

	@Transactional
	public StatusReport publish(Actor actor, long id, long expectedVersion) {
		StatusReport report = pmo(actor, id, expectedVersion);
		ProjectSummary project = this.access.visible(actor, report.projectId());
		var before = report.state();
		report.publish(actor.id(), this.clock.now());
		save(report, project, before, ENTITY + ".published");
		this.events.publishEvent(new ReportPublished(report.id()));
		tellAuthor(actor, report, "decision");
		return report;
	}

	private void tellAuthor(Actor actor, StatusReport report, String reason) {
		if (report.authorId() != actor.id()) {
			this.events
				.publishEvent(new Attention(report.authorId(), new ObjectRef(ENTITY, report.id()), reason, actor.id()));
		}
	}

	private StatusReport writable(Actor actor, long id, long expectedVersion) {
		StatusReport report = get(actor, id);
		this.access.editable(actor, report.projectId());
		Versioned.check(ENTITY, id, expectedVersion, report.version());
		return report;
	}

	private StatusReport pmo(Actor actor, long id, long expectedVersion) {
		StatusReport report = get(actor, id);
		this.access.pmo(actor, report.projectId());
		Versioned.check(ENTITY, id, expectedVersion, report.version());
		return report;
	}

	private StatusReport save(StatusReport report, ProjectSummary project, Object before, String action) {
		try {
			this.reports.saveAndFlush(report);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, report.id(), report.version(), report.version() + 1);
		}
		this.audit.record(new AuditRecord(action, ENTITY, String.valueOf(report.id()), project.classification(), null,
				before, report.state()));
		return report;
	}

	/**
	 * A report was published (inside the publishing transaction): its distribution is
	 * written.
	 */
	record ReportPublished(long reportId) {
	}

	String write(Figures figures) {
		return this.json.writeValueAsString(figures);
	}

}
