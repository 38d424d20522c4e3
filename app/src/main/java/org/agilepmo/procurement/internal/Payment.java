package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
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

/**
 * A payment to the contract's supplier for an accepted deliverable, recorded as an actual
 * cost on the contract's budget line. It never changes once made.
 */
@Entity
@Table(name = "procurement_payment")
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "contract_id", nullable = false)
	private long contractId;

	@Column(name = "deliverable_id", nullable = false)
	private long deliverableId;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(name = "paid_on", nullable = false)
	private LocalDate paidOn;

	@Column(nullable = false)
	private String reference;

	@Column(name = "actual_id", nullable = false)
	private long actualId;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Payment() {
	}

	Payment(long contractId, long deliverableId, BigDecimal amount, LocalDate paidOn, String reference, long actualId,
			String createdBy, Instant createdAt) {
		this.contractId = contractId;
		this.deliverableId = deliverableId;
		this.amount = amount;
		this.paidOn = paidOn;
		this.reference = reference;
		this.actualId = actualId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public long id() {
		return this.id;
	}

	public long contractId() {
		return this.contractId;
	}

	public long deliverableId() {
		return this.deliverableId;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public LocalDate paidOn() {
		return this.paidOn;
	}

	public String reference() {
		return this.reference;
	}

	public long actualId() {
		return this.actualId;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("contractId", this.contractId);
		s.put("deliverableId", this.deliverableId);
		s.put("amount", this.amount.toPlainString());
		s.put("paidOn", this.paidOn);
		s.put("reference", this.reference);
		s.put("actualId", this.actualId);
		return s;
	}

}
