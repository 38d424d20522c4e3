package org.agilepmo.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.quality.internal.Finding.Severity;
import org.agilepmo.quality.internal.TechnicalAudit.Subject;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical audits: opened by the PMO or an overseer on a project, an application or a
 * squad; findings and corrective actions recorded by its auditors; actions done by their
 * owners (or the auditors); the audit closed by an auditor once every action is done.
 */
@Service
public class AuditService {

	static final String AUDIT = "quality-audit";

	static final String FINDING = "quality-finding";

	static final String ACTION = "quality-action";

	private final TechnicalAudits audits;

	private final Findings findings;

	private final CorrectiveActions actions;

	private final AuditAccess access;

	private final IndicatorAccess indicators;

	private final ProjectCatalogue projects;

	private final People people;

	private final AuditTrail trail;

	private final Clock clock;

	AuditService(TechnicalAudits audits, Findings findings, CorrectiveActions actions, AuditAccess access,
			IndicatorAccess indicators, ProjectCatalogue projects, People people, AuditTrail trail,
			Optional<Clock> clock) {
		this.audits = audits;
		this.findings = findings;
		this.actions = actions;
		this.access = access;
		this.indicators = indicators;
		this.projects = projects;
		this.people = people;
		this.trail = trail;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What an audit is about and who audits it. */
	public record AuditDraft(String title, Subject subject, Long projectId, Long squadId, String applicationRef,
			String scope, Classification classification, Set<Long> auditors) {

	}

	public record FindingDraft(Severity severity, String title, String standard, String description) {

	}

	public record ActionDraft(String title, Long ownerId, LocalDate due) {

	}

	/** An audit with everything its page shows. */
	public record AuditView(TechnicalAudit audit, String subjectName, List<Finding> findings,
			List<CorrectiveAction> actions, Map<Long, PersonSummary> people, boolean mayEdit) {

		public long version() {
			return this.audit.version();
		}

		public List<CorrectiveAction> actionsOf(long findingId) {
			return this.actions.stream().filter(a -> a.findingId() == findingId).toList();
		}

		public long openActions() {
			return this.actions.stream().filter(a -> !a.isDone()).count();
		}

		public String nameOf(long personId) {
			PersonSummary p = this.people.get(personId);
			return p == null ? "#" + personId : p.displayName();
		}

	}

	@Transactional
	public TechnicalAudit open(Actor actor, AuditDraft draft) {
		if (!this.access.mayOpen(actor)) {
			throw new AccessDeniedException("only the PMO and the quality overseers open audits");
		}
		if (draft.subject() == null) {
			throw new RuleViolationException("subject", "quality.error.required", "is required");
		}
		Classification classification = draft.classification();
		Long projectId = null;
		Long squadId = null;
		String application = Texts.optional("applicationRef", draft.applicationRef(), 200);
		switch (draft.subject()) {
			case PROJECT -> {
				if (draft.projectId() == null) {
					throw new RuleViolationException("projectId", "quality.error.required", "is required");
				}
				ProjectSummary project = this.projects.findVisible(draft.projectId(), actor)
					.orElseThrow(() -> new RuleViolationException("projectId", "quality.error.unknownProject",
							"names no project you may see"));
				projectId = project.id();
				classification = project.classification();
			}
			case SQUAD -> {
				if (draft.squadId() == null || !this.indicators.maySeeSquad(actor, draft.squadId())) {
					throw new RuleViolationException("squadId", "quality.error.unknownSquad", "names no squad");
				}
				squadId = draft.squadId();
			}
			case APPLICATION -> {
				if (application == null) {
					throw new RuleViolationException("applicationRef", "quality.error.required", "is required");
				}
			}
		}
		Set<Long> auditors = draft.auditors() == null ? Set.of() : draft.auditors();
		Map<Long, PersonSummary> known = this.people.findAll(auditors);
		for (Long id : auditors) {
			if (!known.containsKey(id)) {
				throw new RuleViolationException("auditors", "quality.error.unknownPerson", "names no person");
			}
		}
		TechnicalAudit audit = this.audits.save(new TechnicalAudit(draft.title(), draft.subject(), projectId, squadId,
				application, draft.scope(), classification, actor.id(), auditors, today()));
		this.trail.record(AuditRecord.created(AUDIT, audit.id(), audit.classification(), audit.state()));
		return audit;
	}

	@Transactional
	public Finding recordFinding(Actor actor, long auditId, FindingDraft draft) {
		TechnicalAudit audit = this.access.requireAuditor(this.audits.findById(auditId).orElse(null), actor);
		audit.requireOpen();
		Finding finding = this.findings.save(
				new Finding(audit.id(), draft.severity(), draft.title(), draft.standard(), draft.description(), now()));
		this.trail.record(AuditRecord.created(FINDING, finding.id(), audit.classification(), finding.state()));
		return finding;
	}

	@Transactional
	public CorrectiveAction addAction(Actor actor, long findingId, ActionDraft draft) {
		Finding finding = this.findings.findById(findingId)
			.orElseThrow(() -> new NotFoundException("finding", findingId));
		TechnicalAudit audit = this.access.requireAuditor(this.audits.findById(finding.auditId()).orElse(null), actor);
		audit.requireOpen();
		if (draft.ownerId() == null || this.people.find(draft.ownerId()).isEmpty()) {
			throw new RuleViolationException("ownerId", "quality.error.unknownPerson", "names no person");
		}
		CorrectiveAction action = this.actions
			.save(new CorrectiveAction(audit.id(), finding.id(), draft.title(), draft.ownerId(), draft.due(), now()));
		this.trail.record(AuditRecord.created(ACTION, action.id(), audit.classification(), action.state()));
		return action;
	}

	/** The owner or an auditor marks the action done. */
	@Transactional
	public CorrectiveAction complete(Actor actor, long actionId, long expectedVersion) {
		CorrectiveAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new NotFoundException("action", actionId));
		TechnicalAudit audit = this.access.requireVisible(this.audits.findById(action.auditId()).orElse(null), actor);
		if (action.ownerId() != actor.id() && !audit.isAuditor(actor.id())) {
			throw new AccessDeniedException("only the owner or an auditor closes an action");
		}
		Versioned.check("action", actionId, expectedVersion, action.version());
		String before = action.state();
		action.complete(now());
		this.trail.record(new AuditRecord(ACTION + ".done", ACTION, String.valueOf(action.id()), audit.classification(),
				null, before, action.state()));
		return action;
	}

	/** Closes the audit: refused while an action is open. */
	@Transactional
	public TechnicalAudit close(Actor actor, long auditId, long expectedVersion) {
		TechnicalAudit audit = this.access.requireAuditor(this.audits.findById(auditId).orElse(null), actor);
		Versioned.check("audit", auditId, expectedVersion, audit.version());
		String before = audit.state();
		audit.close(this.actions.countByAuditIdAndDoneAtIsNull(auditId), now());
		this.audits.saveAndFlush(audit);
		this.trail.record(new AuditRecord(AUDIT + ".closed", AUDIT, String.valueOf(audit.id()), audit.classification(),
				null, before, audit.state()));
		return audit;
	}

	@Transactional(readOnly = true)
	public AuditView view(Actor actor, long auditId) {
		TechnicalAudit audit = this.access.requireVisible(this.audits.findById(auditId).orElse(null), actor);
		List<Finding> found = this.findings.findByAuditIdOrderByIdAsc(auditId);
		List<CorrectiveAction> todo = this.actions.findByAuditIdOrderByIdAsc(auditId);
		Set<Long> ids = new java.util.HashSet<>(audit.auditors());
		todo.forEach(a -> ids.add(a.ownerId()));
		return new AuditView(audit, subjectName(audit, actor), found, todo, this.people.findAll(ids),
				audit.isAuditor(actor.id()));
	}

	/** The audits the person may see, open ones first, newest first. */
	@Transactional(readOnly = true)
	public List<TechnicalAudit> visible(Actor actor) {
		return this.audits.findAll()
			.stream()
			.filter(a -> this.access.maySee(actor, a))
			.sorted(Comparator.comparing(TechnicalAudit::status)
				.thenComparing(TechnicalAudit::openedOn, Comparator.reverseOrder())
				.thenComparing(TechnicalAudit::id, Comparator.reverseOrder()))
			.toList();
	}

	/** The audit's subject in people's words. */
	public String subjectName(TechnicalAudit audit, Actor actor) {
		return switch (audit.subject()) {
			case PROJECT -> this.projects.findVisible(audit.projectId(), actor)
				.map(p -> p.code() + " · " + p.name())
				.orElse("#" + audit.projectId());
			case SQUAD -> this.indicators.maySeeSquad(actor, audit.squadId())
					? this.indicators.requireSquad(audit.squadId(), actor).name() : "#" + audit.squadId();
			case APPLICATION -> audit.applicationRef();
		};
	}

	Map<Long, TechnicalAudit> byId(List<Long> ids) {
		return this.audits.findAllById(ids).stream().collect(Collectors.toMap(TechnicalAudit::id, Function.identity()));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

}
