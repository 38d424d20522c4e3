package org.agilepmo.procurement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Something a contract's supplier must deliver by a day; the buyer accepts it once
 * delivered, and only an accepted deliverable may be paid for.
 */
@Entity
@Table(name = "procurement_deliverable")
public class Deliverable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "contract_id", nullable = false)
	private long contractId;

	@Column(nullable = false)
	private String name;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "accepted_on")
	private LocalDate acceptedOn;

	@Column(name = "accepted_by")
	private String acceptedBy;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Deliverable() {
	}

	Deliverable(long contractId, String name, LocalDate dueOn, String createdBy, Instant createdAt) {
		this.contractId = contractId;
		this.name = name;
		this.dueOn = dueOn;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long contractId() {
		return this.contractId;
	}

	public String name() {
		return this.name;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public LocalDate acceptedOn() {
		return this.acceptedOn;
	}

	public String acceptedBy() {
		return this.acceptedBy;
	}

	public boolean isAccepted() {
		return this.acceptedOn != null;
	}

	/** Due before today and not accepted yet. */
	public boolean isOverdue(LocalDate today) {
		return !isAccepted() && this.dueOn.isBefore(today);
	}

	void accept(LocalDate on, String who) {
		if (isAccepted()) {
			throw Rules.violation("deliverable", "alreadyAccepted", "the deliverable is already accepted");
		}
		this.acceptedOn = on;
		this.acceptedBy = who;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("contractId", this.contractId);
		s.put("name", this.name);
		s.put("dueOn", this.dueOn);
		if (this.acceptedOn != null) {
			s.put("acceptedOn", this.acceptedOn);
			s.put("acceptedBy", this.acceptedBy);
		}
		return s;
	}

}
