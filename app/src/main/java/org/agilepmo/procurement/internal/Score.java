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
import jakarta.persistence.Version;

/**
 * One evaluator's assessment of one bid on one criterion, with its justification: points
 * on a technical criterion, pass or fail on a pass/fail criterion. It changes until the
 * evaluator submits their scores, and never after.
 */
@Entity
@Table(name = "procurement_score")
public class Score {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "bid_id", nullable = false)
	private long bidId;

	@Column(nullable = false)
	private String criterion;

	@Column(name = "evaluator_id", nullable = false)
	private long evaluatorId;

	private BigDecimal score;

	private Boolean passed;

	@Column(nullable = false)
	private String justification;

	@Column(name = "scored_at", nullable = false)
	private Instant scoredAt;

	protected Score() {
	}

	Score(long bidId, String criterion, long evaluatorId) {
		this.bidId = bidId;
		this.criterion = criterion;
		this.evaluatorId = evaluatorId;
	}

	public long id() {
		return this.id;
	}

	public long bidId() {
		return this.bidId;
	}

	public String criterion() {
		return this.criterion;
	}

	public long evaluatorId() {
		return this.evaluatorId;
	}

	public BigDecimal score() {
		return this.score;
	}

	public Boolean passed() {
		return this.passed;
	}

	public String justification() {
		return this.justification;
	}

	public Instant scoredAt() {
		return this.scoredAt;
	}

	void assess(BigDecimal score, Boolean passed, String justification, Instant at) {
		this.score = score;
		this.passed = passed;
		this.justification = justification;
		this.scoredAt = at;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("bidId", this.bidId);
		s.put("criterion", this.criterion);
		s.put("evaluatorId", this.evaluatorId);
		s.put("score", this.score == null ? null : this.score.toPlainString());
		s.put("passed", this.passed);
		s.put("justification", this.justification);
		return s;
	}

}
