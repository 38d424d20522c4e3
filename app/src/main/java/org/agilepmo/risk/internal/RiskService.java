package org.agilepmo.risk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.risk.internal.RegisterAccess.Register;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's risk register: recording risks, changing them (a change of rating needs a
 * reason and is kept in the history), closing and reopening them, and a risk occurring,
 * which raises an issue that keeps the risk's history. Every write is audited in its
 * transaction; an owner given a risk is told through {@link Attention}.
 */
@Service
public class RiskService {

	static final String ENTITY = "risk";

	/** The kinds a risk may link to: plan activities and backlog items. */
	static final Set<String> LINKABLE = Set.of("plan-activity", "delivery-item");

	private final Risks risks;

	private final RatingChanges history;

	private final Issues issues;

	private final RegisterAccess access;

	private final MatrixService matrices;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Overdue clock;

	private final ObjectDirectories directories;

	RiskService(Risks risks, RatingChanges history, Issues issues, RegisterAccess access, MatrixService matrices,
			AuditTrail audit, ApplicationEventPublisher events, Overdue clock, ObjectDirectories directories) {
		this.risks = risks;
		this.history = history;
		this.issues = issues;
		this.access = access;
		this.matrices = matrices;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.directories = directories;
	}

	/** One page of a project's register, filtered and sorted. */
	@Transactional(readOnly = true)
	public RegisterPage register(Actor actor, long projectId, RegisterFilter filter, int page, int size) {
		return register(actor, RegisterScope.project(projectId), filter, page, size);
	}

	/**
	 * One page of a project's, programme's or portfolio's register, filtered and sorted.
	 */
	@Transactional(readOnly = true)
	public RegisterPage register(Actor actor, RegisterScope scope, RegisterFilter filter, int page, int size) {
		this.access.register(actor, scope);
		List<Risk> matching = this.risks.of(scope).stream().filter(filter::matches).sorted(filter.order()).toList();
		int from = Math.min(page * size, matching.size());
		int to = Math.min(from + size, matching.size());
		return new RegisterPage(matching.subList(from, to), page, size, matching.size());
	}

	/** Every risk of the project, in the register's order (for exports and views). */
	@Transactional(readOnly = true)
	public List<Risk> all(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.risks.findByProjectIdOrderByIdAsc(projectId);
	}

	/** The risk, when the person may see its register; 404 otherwise. */
	@Transactional(readOnly = true)
	public Risk risk(Actor actor, long riskId) {
		Risk risk = this.risks.findById(riskId).orElseThrow(() -> new NotFoundException(ENTITY, riskId));
		if (this.access.findRegister(actor, risk.scope()).isEmpty()) {
			throw new NotFoundException(ENTITY, riskId);
		}
		return risk;
	}

	/**
	 * Replaces the platform's risk categories (PMO only), keeping every category a risk
	 * is filed under.
	 */
	@Transactional
	public List<String> configureCategories(Actor actor, List<String> codes) {
		Set<String> inUse = new java.util.HashSet<>();
		this.risks.findAll().forEach(r -> inUse.add(r.category()));
		return this.matrices.configureCategories(actor, codes, inUse);
	}

	/** The risk's rating history, oldest first. */
	@Transactional(readOnly = true)
	public List<RatingChange> history(Actor actor, long riskId) {
		risk(actor, riskId);
		return this.history.findByRiskIdOrderByChangedAtAscIdAsc(riskId);
	}

	/** The issue the risk became, if it occurred. */
	@Transactional(readOnly = true)
	public java.util.Optional<Issue> issueOf(Actor actor, long riskId) {
		risk(actor, riskId);
		return this.issues.findByRiskId(riskId);
	}

	@Transactional
	public Risk record(Actor actor, long projectId, RiskDraft draft) {
		return record(actor, RegisterScope.project(projectId), draft);
	}

	/** Records a risk in a project's, programme's or portfolio's register. */
	@Transactional
	public Risk record(Actor actor, RegisterScope scope, RiskDraft draft) {
		Register register = this.access.keptRegister(actor, scope);
		RiskMatrix matrix = this.matrices.matrixFor(register.portfolioId());
		PersonSummary owner = this.access.owner("ownerId", draft.ownerId(), scope);
		Risk risk = new Risk(scope, register.portfolioId(), description(actor, draft),
				owner == null ? null : owner.id(), assessment(draft, matrix), matrix, this.clock.now());
		risk = this.risks.saveAndFlush(risk);
		this.history.save(new RatingChange(risk, this.clock.now(), actor.id(), actor.displayName(), "recorded"));
		this.audit.record(AuditRecord.created(ENTITY, risk.id(), register.classification(), risk.state()));
		tellOwner(actor, risk, null);
		announceIfHigh(risk, null, register.classification());
		return risk;
	}

	/**
	 * Changes a risk; when its rating changes the reason is required and the new rating
	 * joins its history.
	 */
	@Transactional
	public Risk change(Actor actor, long riskId, long expectedVersion, Change<RiskDraft> change, String reason) {
		Risk risk = changeable(actor, riskId, expectedVersion);
		Register project = this.access.keptRegister(actor, risk.scope());
		RiskMatrix matrix = this.matrices.matrixFor(project.portfolioId());
		RiskDraft draft = change.applyTo(RiskDraft.of(risk));
		String before = risk.state();
		Long previousOwner = risk.ownerId();
		PersonSummary owner = this.access.owner("ownerId", draft.ownerId(), risk.scope());
		risk.describe(description(actor, draft));
		risk.assignOwner(owner == null ? null : owner.id());
		Rating ratedBefore = risk.rating();
		boolean rated = risk.assess(assessment(draft, matrix), matrix);
		if (rated) {
			String why = Texts.optional("reason", reason, 1000);
			if (why == null) {
				throw new RuleViolationException("reason", "risk.error.reasonRequired",
						"a change of rating needs a reason");
			}
			this.history.save(new RatingChange(risk, this.clock.now(), actor.id(), actor.displayName(), why));
		}
		saved(risk);
		this.audit.record(new AuditRecord(rated ? ENTITY + ".rated" : ENTITY + ".updated", ENTITY,
				String.valueOf(risk.id()), project.classification(), rated ? reason : null, before, risk.state()));
		tellOwner(actor, risk, previousOwner);
		if (rated) {
			announceIfHigh(risk, ratedBefore, project.classification());
		}
		return risk;
	}

	/**
	 * A risk whose rating became high (or extreme) is a fact webhook subscribers hear of.
	 */
	private void announceIfHigh(Risk risk, Rating before, org.agilepmo.shared.Classification classification) {
		boolean high = risk.rating().compareTo(Rating.HIGH) >= 0;
		boolean wasHigh = before != null && before.compareTo(Rating.HIGH) >= 0;
		if (!high || wasHigh) {
			return;
		}
		java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("riskId", risk.id());
		data.put("projectId", risk.projectId());
		data.put("title", risk.title());
		data.put("rating", risk.rating().name());
		data.put("previousRating", (before != null) ? before.name() : null);
		this.events
			.publishEvent(new org.agilepmo.shared.PlatformEvent(org.agilepmo.shared.PlatformEvent.RISK_RATED_HIGH,
					new ObjectRef(ENTITY, risk.id()), classification, data));
	}

	/**
	 * The risk happened: it becomes an issue (same project, title and owner) that keeps
	 * the risk's history; the risk's status joins the history with the reason.
	 */
	@Transactional
	public Issue occur(Actor actor, long riskId, long expectedVersion, String reason, Issue.Priority priority,
			java.time.LocalDate due) {
		Risk risk = changeable(actor, riskId, expectedVersion);
		if (!risk.scope().isProject()) {
			throw new RuleViolationException("status", "risk.error.occurOnlyInProjects",
					"only a project's risk becomes an issue: close this one with the reason");
		}
		ProjectSummary project = this.access.editable(actor, risk.projectId());
		String why = Texts.required("reason", reason, 1000);
		String before = risk.state();
		risk.occur();
		saved(risk);
		this.history.save(new RatingChange(risk, this.clock.now(), actor.id(), actor.displayName(), why));
		this.audit.record(new AuditRecord(ENTITY + ".occurred", ENTITY, String.valueOf(risk.id()),
				project.classification(), why, before, risk.state()));
		Issue issue = this.issues.saveAndFlush(new Issue(risk.projectId(), risk.id(), risk.title(), risk.event(),
				priority == null ? priorityOf(risk.rating()) : priority, risk.ownerId(), due, this.clock.now()));
		this.audit
			.record(AuditRecord.created(IssueService.ENTITY, issue.id(), project.classification(), issue.state()));
		if (issue.ownerId() != null && issue.ownerId() != actor.id()) {
			this.events.publishEvent(new Attention(issue.ownerId(), new ObjectRef(IssueService.ENTITY, issue.id()),
					"assignment", actor.id()));
		}
		return issue;
	}

	@Transactional
	public Risk close(Actor actor, long riskId, long expectedVersion, String reason) {
		return status(actor, riskId, expectedVersion, reason, true);
	}

	@Transactional
	public Risk reopen(Actor actor, long riskId, long expectedVersion, String reason) {
		return status(actor, riskId, expectedVersion, reason, false);
	}

	private Risk status(Actor actor, long riskId, long expectedVersion, String reason, boolean close) {
		Risk risk = changeable(actor, riskId, expectedVersion);
		Register project = this.access.keptRegister(actor, risk.scope());
		String why = Texts.required("reason", reason, 1000);
		String before = risk.state();
		if (close) {
			risk.close();
		}
		else {
			risk.reopen();
		}
		saved(risk);
		this.history.save(new RatingChange(risk, this.clock.now(), actor.id(), actor.displayName(), why));
		this.audit.record(new AuditRecord(ENTITY + (close ? ".closed" : ".reopened"), ENTITY, String.valueOf(risk.id()),
				project.classification(), why, before, risk.state()));
		return risk;
	}

	private static Issue.Priority priorityOf(Rating rating) {
		return switch (rating) {
			case LOW -> Issue.Priority.LOW;
			case MEDIUM -> Issue.Priority.MEDIUM;
			case HIGH -> Issue.Priority.HIGH;
			case EXTREME -> Issue.Priority.CRITICAL;
		};
	}

	private Risk changeable(Actor actor, long riskId, long expectedVersion) {
		Risk risk = risk(actor, riskId);
		Versioned.check(ENTITY, risk.id(), expectedVersion, risk.version());
		return risk;
	}

	private void saved(Risk risk) {
		try {
			this.risks.saveAndFlush(risk);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, risk.id(), risk.version(), risk.version() + 1);
		}
	}

	private void tellOwner(Actor actor, Risk risk, Long previousOwner) {
		Long owner = risk.ownerId();
		if (owner != null && !owner.equals(previousOwner) && owner != actor.id()) {
			this.events.publishEvent(new Attention(owner, new ObjectRef(ENTITY, risk.id()), "assignment", actor.id()));
		}
	}

	Description description(Actor actor, RiskDraft d) {
		return new Description(d.nature(), d.title(), d.cause(), d.event(), d.effect(),
				this.matrices.category("category", d.category()), d.proximity(), d.trigger(), links(actor, d.links()));
	}

	static Assessment assessment(RiskDraft d, RiskMatrix matrix) {
		int probability = RiskMatrix.level(d.probability(), matrix.size(), "probability");
		Impacts impacts = Impacts.of(d.impact(), matrix.size(), "impact");
		Integer residualProbability = d.residualProbability() == null ? null
				: RiskMatrix.level(d.residualProbability(), matrix.size(), "residualProbability");
		Impacts residual = d.residualImpact() == null || d.residualImpact().isEmpty() ? null
				: Impacts.of(d.residualImpact(), matrix.size(), "residualImpact");
		return new Assessment(probability, impacts, d.response(), residualProbability, residual);
	}

	/**
	 * The links, each a plan activity or backlog item the person may see, found through
	 * the owning module's directory.
	 */
	private List<ObjectRef> links(Actor actor, List<String> keys) {
		List<ObjectRef> refs = new ArrayList<>();
		if (keys == null) {
			return refs;
		}
		for (String key : keys) {
			ObjectRef ref = ObjectRef.parse(key == null ? "" : key.strip())
				.filter(r -> LINKABLE.contains(r.kind()))
				.orElseThrow(() -> new RuleViolationException("links", "risk.error.link",
						"a link names a plan activity or a backlog item", String.valueOf(key)));
			boolean found = this.directories.findVisible(ref, actor).isPresent();
			if (!found) {
				throw new RuleViolationException("links", "risk.error.link",
						"a link names a plan activity or a backlog item", ref.key());
			}
			refs.add(ref);
		}
		return refs;
	}

	/** Which risks a register shows, and in which order. */
	public record RegisterFilter(RiskStatus status, String category, Rating rating, Nature nature, Long ownerId,
			Integer probability, Integer impact, boolean residual, String sort) {

		public static RegisterFilter none() {
			return new RegisterFilter(null, null, null, null, null, null, null, false, null);
		}

		boolean matches(Risk r) {
			return (this.status == null || r.status() == this.status)
					&& (this.category == null || this.category.isBlank()
							|| r.category().equalsIgnoreCase(this.category))
					&& (this.rating == null || r.rating() == this.rating)
					&& (this.nature == null || r.nature() == this.nature)
					&& (this.ownerId == null || this.ownerId.equals(r.ownerId())) && cell(r);
		}

		private boolean cell(Risk r) {
			if (this.probability == null && this.impact == null) {
				return true;
			}
			Integer p = this.residual ? r.residualProbability() : Integer.valueOf(r.probability());
			Integer i = this.residual ? r.residualImpact() : Integer.valueOf(r.impact());
			return p != null && (this.probability == null || this.probability.equals(p))
					&& (this.impact == null || this.impact.equals(i));
		}

		Comparator<Risk> order() {
			String s = this.sort == null ? "" : this.sort.toLowerCase(Locale.ROOT);
			Comparator<Risk> byScore = Comparator.comparingInt(Risk::score).reversed();
			Comparator<Risk> c = switch (s) {
				case "title" -> Comparator.comparing(Risk::title, String.CASE_INSENSITIVE_ORDER);
				case "proximity" ->
					Comparator.comparing(Risk::proximity, Comparator.nullsLast(Comparator.naturalOrder()));
				case "category" -> Comparator.comparing(Risk::category);
				case "id" -> Comparator.comparing(Risk::id);
				default -> byScore;
			};
			return c.thenComparing(Risk::id);
		}

	}

	/** One page of a register. */
	public record RegisterPage(List<Risk> items, int page, int size, long totalItems) {

		public int totalPages() {
			return (int) ((this.totalItems + this.size - 1) / this.size);
		}

	}

}
