package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.agilepmo.shared.Classification;

/**
 * A framework agreement: its scope, lots with their suppliers, a ceiling in one currency
 * that call-offs never exceed, its period with renewal options, the managers who run it,
 * and its life cycle (each stage with the day it was entered). An alert is due when its
 * end is nearer than its alert days.
 */
@Entity
@Table(name = "procurement_agreement")
public class FrameworkAgreement {

	/** The life cycle, in order; execution is followed by renewal or closure. */
	public enum Stage {

		SCOPING, CONSULTATION, EVALUATION, AWARD, EXECUTION, RENEWAL, CLOSED;

		boolean mayMoveTo(Stage next) {
			return switch (this) {
				case SCOPING, CONSULTATION, EVALUATION, AWARD -> next.ordinal() == ordinal() + 1 || next == CLOSED;
				case EXECUTION -> next == RENEWAL || next == CLOSED;
				case RENEWAL -> next == EXECUTION || next == CLOSED;
				case CLOSED -> false;
			};
		}

		/** The stages it may move to next. */
		public java.util.List<Stage> next() {
			return java.util.Arrays.stream(values()).filter(this::mayMoveTo).toList();
		}

		/**
		 * Call-offs are placed while the agreement is executed (or its renewal weighed).
		 */
		boolean takesCallOffs() {
			return this == EXECUTION || this == RENEWAL;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private String reference;

	@Column(nullable = false)
	private String title;

	private String scope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	@Column(nullable = false)
	private String currency;

	@Column(nullable = false)
	private BigDecimal ceiling;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(name = "renewals_left", nullable = false)
	private int renewalsLeft;

	@Column(name = "renewal_months", nullable = false)
	private int renewalMonths;

	@Column(name = "alert_days", nullable = false)
	private int alertDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procurement_lot", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	private List<Lot> lots = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procurement_agreement_stage", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	private List<StageEntry> stages = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procurement_agreement_manager", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "person_id")
	private Set<Long> managers = new HashSet<>();

	protected FrameworkAgreement() {
	}

	FrameworkAgreement(String reference, String title, String scope, Classification classification, String currency,
			BigDecimal ceiling, LocalDate startsOn, LocalDate endsOn, int renewalsLeft, int renewalMonths,
			int alertDays, List<Lot> lots, Set<Long> managers, String createdBy, Instant createdAt, LocalDate today) {
		this.reference = reference;
		this.title = title;
		this.scope = scope;
		this.classification = classification;
		this.currency = currency;
		this.ceiling = ceiling;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.renewalsLeft = renewalsLeft;
		this.renewalMonths = renewalMonths;
		this.alertDays = alertDays;
		this.lots.addAll(lots);
		this.managers.addAll(managers);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.stage = Stage.SCOPING;
		this.stages.add(new StageEntry(Stage.SCOPING, today, createdBy));
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String reference() {
		return this.reference;
	}

	public String title() {
		return this.title;
	}

	public String scope() {
		return this.scope;
	}

	public Classification classification() {
		return this.classification;
	}

	public String currency() {
		return this.currency;
	}

	public BigDecimal ceiling() {
		return this.ceiling;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public int renewalsLeft() {
		return this.renewalsLeft;
	}

	public int renewalMonths() {
		return this.renewalMonths;
	}

	public int alertDays() {
		return this.alertDays;
	}

	public Stage stage() {
		return this.stage;
	}

	public List<Lot> lots() {
		return List.copyOf(this.lots);
	}

	public List<StageEntry> stages() {
		return List.copyOf(this.stages);
	}

	public Set<Long> managers() {
		return Set.copyOf(this.managers);
	}

	public Optional<Lot> lot(String code) {
		return this.lots.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	/** Whether its end is near enough for an alert (and it is not closed). */
	public boolean isExpiring(LocalDate today) {
		return this.stage != Stage.CLOSED && !today.plusDays(this.alertDays).isBefore(this.endsOn);
	}

	void moveTo(Stage next, LocalDate today, String who) {
		if (!this.stage.mayMoveTo(next)) {
			throw Rules.violation("stage", "stageOrder",
					"the agreement may not move from " + this.stage + " to " + next, this.stage, next);
		}
		if (this.stage == Stage.RENEWAL && next == Stage.EXECUTION) {
			if (this.renewalsLeft == 0) {
				throw Rules.violation("stage", "noRenewalLeft", "the agreement has no renewal option left");
			}
			this.renewalsLeft--;
			this.endsOn = this.endsOn.plusMonths(this.renewalMonths);
		}
		this.stage = next;
		this.stages.add(new StageEntry(next, today, who));
	}

	void acceptCallOffOn(LocalDate day) {
		if (!this.stage.takesCallOffs()) {
			throw Rules.violation("agreement", "notExecuting", "call-offs are placed while the agreement is executed");
		}
		if (day.isBefore(this.startsOn) || day.isAfter(this.endsOn)) {
			throw Rules.violation("agreement", "outsidePeriod",
					"the agreement runs from " + this.startsOn + " to " + this.endsOn, this.startsOn, this.endsOn);
		}
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("reference", this.reference);
		s.put("title", this.title);
		s.put("classification", this.classification);
		s.put("ceiling", this.ceiling.toPlainString() + " " + this.currency);
		s.put("startsOn", this.startsOn);
		s.put("endsOn", this.endsOn);
		s.put("renewalsLeft", this.renewalsLeft);
		s.put("renewalMonths", this.renewalMonths);
		s.put("alertDays", this.alertDays);
		s.put("stage", this.stage);
		s.put("lots", this.lots.stream().map(l -> l.code() + " " + l.title() + ": " + l.suppliers()).toList());
		s.put("managers", this.managers.stream().sorted().toList());
		return s;
	}

}
