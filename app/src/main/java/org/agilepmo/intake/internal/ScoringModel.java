package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.intake.internal.ScoringCriterion.CriterionDraft;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weighted scoring model: its criteria, given sensible defaults when an empty
 * platform starts, and changed by the PMO only (each change audited).
 */
@Service
public class ScoringModel {

	static final String ENTITY = "scoring-criterion";

	private final ScoringCriteria criteria;

	private final AuditTrail audit;

	ScoringModel(ScoringCriteria criteria, AuditTrail audit) {
		this.criteria = criteria;
		this.audit = audit;
	}

	/**
	 * Gives an empty platform the default criteria, once, when it starts (before the demo
	 * data and before anyone looks), so that reading the model never writes.
	 */
	@EventListener(ApplicationStartedEvent.class)
	@Transactional
	public synchronized void createDefaults() {
		if (this.criteria.count() == 0) {
			define("STRATEGIC_FIT", 30, false, 1);
			define("BUSINESS_VALUE", 25, false, 2);
			define("URGENCY", 15, false, 3);
			define("RISK", 15, true, 4);
			define("COST", 15, true, 5);
		}
	}

	/** Every criterion, active or retired, in model order. */
	@Transactional(readOnly = true)
	public List<ScoringCriterion> criteria() {
		return this.criteria.findAllByOrderByPositionAscIdAsc();
	}

	private void define(String code, int weight, boolean lowerIsBetter, int position) {
		ScoringCriterion c = this.criteria.saveAndFlush(ScoringCriterion.define(code, code, true,
				new CriterionDraft(code, BigDecimal.valueOf(weight), 1, 5, lowerIsBetter, true), position));
		this.audit.record(AuditRecord.created(ENTITY, c.id(), null, c.snapshot()));
	}

	/** The active criteria by id, as the arithmetic needs them. */
	@Transactional(readOnly = true)
	public Map<Long, WeightedScoring.Criterion> active() {
		Map<Long, WeightedScoring.Criterion> active = new LinkedHashMap<>();
		for (ScoringCriterion c : criteria()) {
			if (c.active()) {
				active.put(c.id(), c.asCriterion());
			}
		}
		return active;
	}

	@Transactional
	public ScoringCriterion add(Actor actor, String code, CriterionDraft draft) {
		requirePmo(actor);
		List<ScoringCriterion> all = criteria();
		if (code != null && this.criteria.existsByCode(code)) {
			throw new RuleViolationException("code", "intake.error.criterionCodeTaken", "this code is already taken");
		}
		int position = all.stream().mapToInt(ScoringCriterion::position).max().orElse(0) + 1;
		ScoringCriterion c = this.criteria.saveAndFlush(
				ScoringCriterion.define(code, Texts.required("name", draft.name(), 200), false, draft, position));
		this.audit.record(AuditRecord.created(ENTITY, c.id(), null, c.snapshot()));
		return c;
	}

	@Transactional
	public ScoringCriterion revise(Actor actor, long id, long expectedVersion, CriterionDraft draft) {
		requirePmo(actor);
		ScoringCriterion c = get(id);
		Versioned.check(ENTITY, id, expectedVersion, c.version());
		ScoringCriterion.Snapshot before = c.snapshot();
		c.revise(draft);
		try {
			this.criteria.saveAndFlush(c);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, id, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(AuditRecord.updated(ENTITY, id, null, before, c.snapshot()));
		return c;
	}

	@Transactional(readOnly = true)
	public ScoringCriterion get(long id) {
		return this.criteria.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static void requirePmo(Actor actor) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO changes the scoring model");
		}
	}

}
