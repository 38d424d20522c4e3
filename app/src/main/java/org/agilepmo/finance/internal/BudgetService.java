package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.finance.CostCategory;
import org.agilepmo.intake.CarriedEstimate;
import org.agilepmo.intake.IntakeEstimates;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's budget in versions: the original drafted and approved, then revisions
 * drafted from the approved version and approved in their turn. Drafting is for those who
 * may change the project; approving is for the PMO. Every write is audited.
 */
@Service
public class BudgetService {

	static final String ENTITY = "finance-budget";

	private final BudgetVersions versions;

	private final FinanceAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	private final IntakeEstimates estimates;

	BudgetService(BudgetVersions versions, FinanceAccess access, AuditTrail audit, IntakeEstimates estimates,
			Optional<Clock> clock) {
		this.versions = versions;
		this.estimates = estimates;
		this.access = access;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What a line is to hold, as a person enters it. */
	public record LineDraft(CostCategory category, String description, BudgetLine.Recurrence recurrence,
			YearMonth firstMonth, Integer months, BigDecimal amount) {

	}

	@Transactional(readOnly = true)
	public List<BudgetVersion> versions(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.versions.findByProjectIdOrderByNumberAsc(projectId);
	}

	/** The version that counts: the approved one, else the draft of the original. */
	@Transactional(readOnly = true)
	public Optional<BudgetVersion> current(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return current(projectId);
	}

	Optional<BudgetVersion> current(long projectId) {
		return this.versions.findFirstByProjectIdAndStatus(projectId, BudgetVersion.Status.APPROVED)
			.or(() -> this.versions.findFirstByProjectIdOrderByNumberDesc(projectId));
	}

	/** The latest version, the one that is edited while it is a draft. */
	@Transactional(readOnly = true)
	public Optional<BudgetVersion> latest(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.versions.findFirstByProjectIdOrderByNumberDesc(projectId);
	}

	@Transactional(readOnly = true)
	public BudgetVersion version(Actor actor, long versionId) {
		BudgetVersion v = this.versions.findById(versionId)
			.orElseThrow(() -> new NotFoundException("budget version", versionId));
		if (this.access.find(actor, v.projectId()).isEmpty()) {
			throw new NotFoundException("budget version", versionId);
		}
		return v;
	}

	/**
	 * What the approved concept note carried over to the project, when it came through
	 * intake.
	 */
	@Transactional(readOnly = true)
	public Optional<CarriedEstimate> carried(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return Optional.ofNullable(this.estimates.forProjects(List.of(projectId)).get(projectId));
	}

	/**
	 * Starts the project's original budget, a draft. When the project came from an
	 * approved concept note, the assessment's costs become its first lines, in the note's
	 * currency: the one-off cost in the starting month, and the yearly recurring cost as
	 * twelve monthly amounts when it divides exactly into months (else as one amount for
	 * the first year).
	 */
	@Transactional
	public BudgetVersion start(Actor actor, long projectId, String currency, YearMonth firstMonth, String reason) {
		ProjectSummary project = this.access.editable(actor, projectId);
		if (this.versions.findFirstByProjectIdOrderByNumberDesc(projectId).isPresent()) {
			throw Rules.violation("currency", "budgetExists", "the project already has a budget");
		}
		CarriedEstimate estimate = this.estimates.forProjects(List.of(projectId)).get(projectId);
		boolean fromNote = estimate != null && estimate.currency() != null && (currency == null || currency.isBlank());
		String c = Rules.currency("currency", fromNote ? estimate.currency() : currency);
		YearMonth month = (firstMonth != null) ? firstMonth : YearMonth.now(this.clock);
		BudgetVersion draft = BudgetVersion.original(projectId, c, Rules.optional("reason", reason, 1000),
				actor.username(), this.clock.instant());
		if (estimate != null && c.equals(estimate.currency())) {
			seed(draft, estimate, month);
		}
		BudgetVersion v = this.versions.saveAndFlush(draft);
		this.audit.record(AuditRecord.created(ENTITY, v.id(), project.classification(), v.snapshot()));
		return v;
	}

	/**
	 * Adds a line to the draft (its code given, or the next free one); answers its code.
	 */
	@Transactional
	public String putLine(Actor actor, long versionId, long expectedVersion, String code, LineDraft draft) {
		BudgetVersion v = draft(actor, versionId, expectedVersion);
		Object before = v.snapshot();
		String lineCode = (code == null || code.isBlank()) ? v.nextCode() : Rules.text("code", code, 20);
		v.putLine(line(lineCode, draft, v.currency()));
		this.versions.flush();
		this.audit.record(new AuditRecord(ENTITY + ".line-saved", ENTITY, String.valueOf(v.id()),
				classification(actor, v), "line " + lineCode, before, v.snapshot()));
		return lineCode;
	}

	@Transactional
	public void removeLine(Actor actor, long versionId, long expectedVersion, String code) {
		BudgetVersion v = draft(actor, versionId, expectedVersion);
		Object before = v.snapshot();
		v.removeLine(code);
		this.versions.flush();
		this.audit.record(new AuditRecord(ENTITY + ".line-removed", ENTITY, String.valueOf(v.id()),
				classification(actor, v), "line " + code, before, v.snapshot()));
	}

	/** Approves a draft (the PMO); the version approved before it is superseded. */
	@Transactional
	public BudgetVersion approve(Actor actor, long versionId, long expectedVersion) {
		BudgetVersion v = loaded(actor, versionId, expectedVersion);
		this.access.requirePmo(actor);
		Object before = v.snapshot();
		this.versions.findFirstByProjectIdAndStatus(v.projectId(), BudgetVersion.Status.APPROVED)
			.ifPresent(BudgetVersion::supersede);
		this.versions.flush();
		v.approve(actor.username(), this.clock.instant());
		this.versions.flush();
		this.audit.record(new AuditRecord(ENTITY + ".approved", ENTITY, String.valueOf(v.id()),
				classification(actor, v), "version " + v.number() + " approved", before, v.snapshot()));
		return v;
	}

	/** Drafts a revision of the approved budget, with its reason. */
	@Transactional
	public BudgetVersion revise(Actor actor, long projectId, String reason) {
		ProjectSummary project = this.access.editable(actor, projectId);
		String why = Rules.text("reason", reason, 1000);
		BudgetVersion latest = this.versions.findFirstByProjectIdOrderByNumberDesc(projectId)
			.orElseThrow(() -> Rules.violation("reason", "noBudget", "the project has no budget yet"));
		if (latest.isDraft()) {
			throw Rules.violation("reason", "draftOpen", "a draft version is already open: approve it first");
		}
		BudgetVersion approved = this.versions.findFirstByProjectIdAndStatus(projectId, BudgetVersion.Status.APPROVED)
			.orElseThrow();
		BudgetVersion revision = this.versions
			.saveAndFlush(approved.revise(latest.number() + 1, why, actor.username(), this.clock.instant()));
		this.audit.record(AuditRecord.created(ENTITY, revision.id(), project.classification(), revision.snapshot()));
		return revision;
	}

	private static void seed(BudgetVersion draft, CarriedEstimate estimate, YearMonth month) {
		String currency = draft.currency();
		if (estimate.oneOffCost() != null && estimate.oneOffCost().signum() > 0) {
			draft.putLine(new BudgetLine(draft.nextCode(), CostCategory.OTHER, "One-off cost (concept note assessment)",
					BudgetLine.Recurrence.ONE_OFF, month, 1, Money.round(estimate.oneOffCost(), currency)));
		}
		BigDecimal yearly = estimate.recurringCostPerYear();
		if (yearly != null && yearly.signum() > 0) {
			BigDecimal monthly = yearly.divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL128);
			if (monthly.stripTrailingZeros().scale() <= Money.scale(currency)) {
				draft.putLine(
						new BudgetLine(draft.nextCode(), CostCategory.OTHER, "Recurring cost (concept note assessment)",
								BudgetLine.Recurrence.MONTHLY, month, 12, monthly.setScale(Money.scale(currency))));
			}
			else {
				draft.putLine(new BudgetLine(draft.nextCode(), CostCategory.OTHER,
						"Recurring cost, first year (concept note assessment)", BudgetLine.Recurrence.ONE_OFF, month, 1,
						Money.round(yearly, currency)));
			}
		}
	}

	private BudgetVersion draft(Actor actor, long versionId, long expectedVersion) {
		BudgetVersion v = loaded(actor, versionId, expectedVersion);
		this.access.editable(actor, v.projectId());
		return v;
	}

	private BudgetVersion loaded(Actor actor, long versionId, long expectedVersion) {
		BudgetVersion v = version(actor, versionId);
		if (v.version() != expectedVersion) {
			throw new StaleVersionException("budget version", versionId, expectedVersion, v.version());
		}
		return v;
	}

	private org.agilepmo.shared.Classification classification(Actor actor, BudgetVersion v) {
		return this.access.visible(actor, v.projectId()).classification();
	}

	static BudgetLine line(String code, LineDraft draft, String currency) {
		CostCategory category = Rules.required("category", draft.category());
		String description = Rules.text("description", draft.description(), 200);
		BudgetLine.Recurrence recurrence = Rules.required("recurrence", draft.recurrence());
		YearMonth first = Rules.required("firstMonth", draft.firstMonth());
		int months = 1;
		if (recurrence == BudgetLine.Recurrence.MONTHLY) {
			months = Rules.required("months", draft.months());
			if (months < 1 || months > 240) {
				throw Rules.violation("months", "months", "must be from 1 to 240 months");
			}
		}
		BigDecimal amount = Rules.amount("amount", draft.amount(), currency, false);
		return new BudgetLine(code, category, description, recurrence, first, months, amount);
	}

}
