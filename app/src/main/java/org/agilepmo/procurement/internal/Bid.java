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
 * A supplier's bid to a tender, received before the opening date and sealed until then:
 * the supplier, the price in the tender's currency, when and by whom it was received, and
 * the SHA-256 fingerprint of what was received (the receipt given to the supplier). It
 * never changes once received.
 */
@Entity
@Table(name = "procurement_bid")
public class Bid {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tender_id", nullable = false)
	private long tenderId;

	@Column(nullable = false)
	private String supplier;

	@Column(nullable = false)
	private BigDecimal price;

	@Column(nullable = false)
	private String currency;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_by", nullable = false)
	private String receivedBy;

	@Column(nullable = false)
	private String fingerprint;

	protected Bid() {
	}

	Bid(long tenderId, String supplier, BigDecimal price, String currency, Instant receivedAt, String receivedBy,
			String fingerprint) {
		this.tenderId = tenderId;
		this.supplier = supplier;
		this.price = price;
		this.currency = currency;
		this.receivedAt = receivedAt;
		this.receivedBy = receivedBy;
		this.fingerprint = fingerprint;
	}

	public long id() {
		return this.id;
	}

	public long tenderId() {
		return this.tenderId;
	}

	public String supplier() {
		return this.supplier;
	}

	public BigDecimal price() {
		return this.price;
	}

	public String currency() {
		return this.currency;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public String receivedBy() {
		return this.receivedBy;
	}

	public String fingerprint() {
		return this.fingerprint;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("tenderId", this.tenderId);
		s.put("supplier", this.supplier);
		s.put("price", this.price.toPlainString());
		s.put("currency", this.currency);
		s.put("receivedAt", this.receivedAt);
		s.put("fingerprint", this.fingerprint);
		return s;
	}

}
