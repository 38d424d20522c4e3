package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A call for bids serving a project: its requirements, weighted criteria, financial
 * formula, evaluation committee and opening date. Bids received before the opening stay
 * sealed; the opening (who, when) starts the evaluation; the committee's decision names
 * the awarded bid and starts the standstill period, after which the award is final.
 */
@Entity
@Table(name = "procurement_tender")
public class Tender {

	/** Where a tender stands. */
	public enum Status {

		/** Receiving sealed bids until the opening date. */
		OPEN,
		/** Bids opened; the committee scores them. */
		EVALUATION,
		/** The committee decided; the standstill period runs until its end. */
		DECIDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(nullable = false)
	private String reference;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(nullable = false)
	private String currency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "standstill_days", nullable = false)
	private int standstillDays;

	@Enumerated(EnumType.STRING)
	@Column(name = "financial_formula", nullable = false)
	private FinancialFormula formula;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "opened_by")
	private String openedBy;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "awarded_bid_id")
	private Long awardedBidId;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "standstill_ends_on")
	private LocalDate standstillEndsOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procurement_requirement", joinColumns = @JoinColumn(name = "tender_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> requirements = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procurement_criterion", joinColumns = @JoinColumn(name = "tender_id"))
	@OrderColumn(name = "position")
	private List<Criterion> criteria = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procurement_committee_member", joinColumns = @JoinColumn(name = "tender_id"))
	private List<CommitteeMember> committee = new ArrayList<>();

	protected Tender() {
	}

	Tender(long projectId, String reference, String title, String description, String currency, Instant opensAt,
			int standstillDays, FinancialFormula formula, List<String> requirements, List<Criterion> criteria,
			Map<Long, Boolean> committee, String createdBy, Instant createdAt) {
		this.projectId = projectId;
		this.reference = reference;
		this.title = title;
		this.description = description;
		this.currency = currency;
		this.opensAt = opensAt;
		this.standstillDays = standstillDays;
		this.formula = formula;
		this.requirements.addAll(requirements);
		this.criteria.addAll(criteria);
		committee.forEach((person, chair) -> this.committee.add(new CommitteeMember(person, chair)));
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = Status.OPEN;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long projectId() {
		return this.projectId;
	}

	public String reference() {
		return this.reference;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public String currency() {
		return this.currency;
	}

	public Status status() {
		return this.status;
	}

	public Instant opensAt() {
		return this.opensAt;
	}

	public int standstillDays() {
		return this.standstillDays;
	}

	public FinancialFormula formula() {
		return this.formula;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String openedBy() {
		return this.openedBy;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public Long awardedBidId() {
		return this.awardedBidId;
	}

	public String decisionReason() {
		return this.decisionReason;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public LocalDate standstillEndsOn() {
		return this.standstillEndsOn;
	}

	public List<String> requirements() {
		return List.copyOf(this.requirements);
	}

	public List<Criterion> criteria() {
		return List.copyOf(this.criteria);
	}

	public List<CommitteeMember> committee() {
		return List.copyOf(this.committee);
	}

	public Optional<CommitteeMember> member(long personId) {
		return this.committee.stream().filter(m -> m.personId() == personId).findFirst();
	}

	public Optional<Criterion> criterion(String code) {
		return this.criteria.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** Whether the bids are still sealed: nobody may see them, nor count them. */
	public boolean isSealed() {
		return this.openedAt == null;
	}

	/** The members who declared no conflict: they score, and all must submit. */
	public List<CommitteeMember> evaluators() {
		return this.committee.stream().filter(CommitteeMember::evaluates).toList();
	}

	/** Every evaluator submitted, and none is still to declare. */
	public boolean isEvaluationComplete() {
		return !evaluators().isEmpty() && this.committee.stream().allMatch(CommitteeMember::hasDeclared)
				&& evaluators().stream().allMatch(CommitteeMember::hasSubmitted);
	}

	/**
	 * Whether the award is final: the standstill period has run out (on the day it ends;
	 * at once for a period of no days).
	 */
	public boolean isAwardFinal(LocalDate today) {
		return this.standstillEndsOn != null && !today.isBefore(this.standstillEndsOn);
	}

	void receiveBefore(Instant now) {
		if (this.status != Status.OPEN || !now.isBefore(this.opensAt)) {
			throw Rules.violation("opensAt", "bidsClosed", "bids are no longer received: the opening date has passed");
		}
	}

	void open(String who, Instant now) {
		if (this.status != Status.OPEN) {
			throw Rules.violation("status", "alreadyOpened", "the bids are already opened");
		}
		if (now.isBefore(this.opensAt)) {
			throw Rules.violation("opensAt", "notYetOpen", "the bids may not be opened before the opening date");
		}
		this.openedBy = who;
		this.openedAt = now;
		this.status = Status.EVALUATION;
	}

	void decide(long bidId, String reason, String who, Instant now) {
		if (this.status != Status.EVALUATION) {
			throw Rules.violation("status", "notInEvaluation", "the tender is not in evaluation");
		}
		if (!isEvaluationComplete()) {
			throw Rules.violation("status", "evaluationIncomplete", "every evaluator must submit their scores first");
		}
		this.awardedBidId = bidId;
		this.decisionReason = reason;
		this.decidedBy = who;
		this.decidedAt = now;
		this.standstillEndsOn = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(this.standstillDays);
		this.status = Status.DECIDED;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("reference", this.reference);
		s.put("title", this.title);
		s.put("projectId", this.projectId);
		s.put("currency", this.currency);
		s.put("status", this.status);
		s.put("opensAt", this.opensAt);
		s.put("standstillDays", this.standstillDays);
		s.put("formula", this.formula);
		s.put("requirements", requirements());
		s.put("criteria",
				this.criteria.stream()
					.map(c -> c.code() + " " + c.kind() + " " + c.weight().toPlainString() + " /" + c.maxScore())
					.toList());
		s.put("committee", this.committee.stream().map(m -> m.personId() + (m.chair() ? " chair" : "")).toList());
		if (this.openedAt != null) {
			s.put("openedBy", this.openedBy);
			s.put("openedAt", this.openedAt);
		}
		if (this.awardedBidId != null) {
			s.put("awardedBidId", this.awardedBidId);
			s.put("decisionReason", this.decisionReason);
			s.put("standstillEndsOn", this.standstillEndsOn);
		}
		return s;
	}

	static BigDecimal weightTotal(List<Criterion> criteria) {
		return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
