package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The contract signed with the awarded supplier: its value, committed in finance on a
 * line of the project's budget, and its milestones, each an activity of the project's
 * plan.
 */
@Entity
@Table(name = "procurement_contract")
public class Contract {

	/** A contract milestone and the plan activity that stands for it. */
	@Embeddable
	public static class Milestone {

		@Column(nullable = false)
		private String name;

		@Column(name = "due_on", nullable = false)
		private LocalDate dueOn;

		@Column(name = "activity_id", nullable = false)
		private long activityId;

		protected Milestone() {
		}

		Milestone(String name, LocalDate dueOn, long activityId) {
			this.name = name;
			this.dueOn = dueOn;
			this.activityId = activityId;
		}

		public String name() {
			return this.name;
		}

		public LocalDate dueOn() {
			return this.dueOn;
		}

		public long activityId() {
			return this.activityId;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "tender_id", nullable = false)
	private long tenderId;

	@Column(name = "bid_id", nullable = false)
	private long bidId;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(nullable = false)
	private String reference;

	@Column(nullable = false)
	private String supplier;

	@Column(name = "contract_value", nullable = false)
	private BigDecimal value;

	@Column(nullable = false)
	private String currency;

	@Column(name = "budget_line", nullable = false)
	private String budgetLine;

	@Column(name = "signed_on", nullable = false)
	private LocalDate signedOn;

	@Column(name = "commitment_id", nullable = false)
	private long commitmentId;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procurement_contract_milestone", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "position")
	private List<Milestone> milestones = new ArrayList<>();

	protected Contract() {
	}

	Contract(Tender tender, Bid bid, String reference, String budgetLine, LocalDate signedOn, long commitmentId,
			List<Milestone> milestones, String createdBy, Instant createdAt) {
		this.tenderId = tender.id();
		this.bidId = bid.id();
		this.projectId = tender.projectId();
		this.reference = reference;
		this.supplier = bid.supplier();
		this.value = bid.price();
		this.currency = bid.currency();
		this.budgetLine = budgetLine;
		this.signedOn = signedOn;
		this.commitmentId = commitmentId;
		this.milestones.addAll(milestones);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long tenderId() {
		return this.tenderId;
	}

	public long bidId() {
		return this.bidId;
	}

	public long projectId() {
		return this.projectId;
	}

	public String reference() {
		return this.reference;
	}

	public String supplier() {
		return this.supplier;
	}

	public BigDecimal value() {
		return this.value;
	}

	public String currency() {
		return this.currency;
	}

	public String budgetLine() {
		return this.budgetLine;
	}

	public LocalDate signedOn() {
		return this.signedOn;
	}

	public long commitmentId() {
		return this.commitmentId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public List<Milestone> milestones() {
		return List.copyOf(this.milestones);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("reference", this.reference);
		s.put("tenderId", this.tenderId);
		s.put("bidId", this.bidId);
		s.put("supplier", this.supplier);
		s.put("value", this.value.toPlainString() + " " + this.currency);
		s.put("budgetLine", this.budgetLine);
		s.put("signedOn", this.signedOn);
		s.put("commitmentId", this.commitmentId);
		s.put("milestones",
				this.milestones.stream().map(m -> m.name() + " " + m.dueOn() + " #" + m.activityId()).toList());
		return s;
	}

}
