package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An order placed against a framework agreement's lot with one of its suppliers, for an
 * amount in the agreement's currency, optionally for a project. It never changes.
 */
@Entity
@Table(name = "procurement_call_off")
public class CallOff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false)
	private long agreementId;

	@Column(name = "lot_code", nullable = false)
	private String lotCode;

	@Column(nullable = false)
	private String supplier;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(name = "project_id")
	private Long projectId;

	@Column(nullable = false)
	private String description;

	@Column(name = "ordered_by", nullable = false)
	private String orderedBy;

	@Column(name = "ordered_at", nullable = false)
	private Instant orderedAt;

	protected CallOff() {
	}

	CallOff(long agreementId, String lotCode, String supplier, BigDecimal amount, Long projectId, String description,
			String orderedBy, Instant orderedAt) {
		this.agreementId = agreementId;
		this.lotCode = lotCode;
		this.supplier = supplier;
		this.amount = amount;
		this.projectId = projectId;
		this.description = description;
		this.orderedBy = orderedBy;
		this.orderedAt = orderedAt;
	}

	public long id() {
		return this.id;
	}

	public long agreementId() {
		return this.agreementId;
	}

	public String lotCode() {
		return this.lotCode;
	}

	public String supplier() {
		return this.supplier;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public Long projectId() {
		return this.projectId;
	}

	public String description() {
		return this.description;
	}

	public String orderedBy() {
		return this.orderedBy;
	}

	public Instant orderedAt() {
		return this.orderedAt;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("agreementId", this.agreementId);
		s.put("lot", this.lotCode);
		s.put("supplier", this.supplier);
		s.put("amount", this.amount.toPlainString());
		s.put("projectId", this.projectId);
		s.put("description", this.description);
		return s;
	}

}
