package org.agilepmo.risk.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of a risk's rating history: the rating it had from then on, who set it, when
 * and why. Never changed once written; an occurred risk's issue shows the same history.
 */
@Entity
@Table(name = "risk_rating_change")
public class RatingChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "risk_id", nullable = false, updatable = false)
	private long riskId;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", updatable = false)
	private Long changedBy;

	@Column(name = "changed_by_name", nullable = false, updatable = false)
	private String changedByName;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private int probability;

	@Column(nullable = false, updatable = false)
	private String impacts;

	@Column(nullable = false, updatable = false)
	private int score;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Rating rating;

	@Column(name = "residual_probability", updatable = false)
	private Integer residualProbability;

	@Column(name = "residual_impacts", updatable = false)
	private String residualImpacts;

	@Column(name = "residual_score", updatable = false)
	private Integer residualScore;

	@Enumerated(EnumType.STRING)
	@Column(name = "residual_rating", updatable = false)
	private Rating residualRating;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RiskStatus status;

	protected RatingChange() {
	}

	RatingChange(Risk risk, Instant when, Long who, String whoName, String reason) {
		this.riskId = risk.id();
		this.changedAt = when;
		this.changedBy = who;
		this.changedByName = whoName;
		this.reason = reason;
		this.probability = risk.probability();
		this.impacts = risk.impacts().text();
		this.score = risk.score();
		this.rating = risk.rating();
		this.residualProbability = risk.residualProbability();
		this.residualImpacts = risk.residualImpacts() == null ? null : risk.residualImpacts().text();
		this.residualScore = risk.residualScore();
		this.residualRating = risk.residualRating();
		this.status = risk.status();
	}

	public Long id() {
		return this.id;
	}

	public long riskId() {
		return this.riskId;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	public Long changedBy() {
		return this.changedBy;
	}

	public String changedByName() {
		return this.changedByName;
	}

	public String reason() {
		return this.reason;
	}

	public int probability() {
		return this.probability;
	}

	public Impacts impacts() {
		return Impacts.parse(this.impacts);
	}

	public int score() {
		return this.score;
	}

	public Rating rating() {
		return this.rating;
	}

	public Integer residualProbability() {
		return this.residualProbability;
	}

	public Impacts residualImpacts() {
		return Impacts.parse(this.residualImpacts);
	}

	public Integer residualScore() {
		return this.residualScore;
	}

	public Rating residualRating() {
		return this.residualRating;
	}

	public RiskStatus status() {
		return this.status;
	}

}
