package org.agilepmo.intake.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * A criterion of the weighted scoring model: its weight, the scale its scores use and
 * whether a low score is the better one (cost, risk). Criteria are retired, never
 * deleted, so that past scores keep their meaning.
 */
@Entity
@Table(name = "scoring_criterion")
public class ScoringCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	/** A criterion of the default model, whose name comes from the message bundles. */
	@Column(nullable = false, updatable = false)
	private boolean standard;

	@Column(nullable = false)
	private BigDecimal weight;

	@Column(name = "scale_min", nullable = false)
	private int scaleMin;

	@Column(name = "scale_max", nullable = false)
	private int scaleMax;

	@Column(name = "lower_is_better", nullable = false)
	private boolean lowerIsBetter;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false)
	private int position;

	protected ScoringCriterion() {
	}

	static ScoringCriterion define(String code, String name, boolean standard, CriterionDraft draft, int position) {
		ScoringCriterion c = new ScoringCriterion();
		if (code == null || !code.matches("[A-Z0-9_]{2,40}")) {
			throw new RuleViolationException("code", "intake.error.criterionCode",
					"code must be 2 to 40 capital letters, digits or underscores");
		}
		c.code = code;
		c.standard = standard;
		c.position = position;
		c.name = name;
		c.revise(draft);
		return c;
	}

	void revise(CriterionDraft d) {
		if (!this.standard) {
			this.name = Texts.required("name", d.name() == null ? this.name : d.name(), 200);
		}
		if (d.weight() == null || d.weight().signum() < 0 || d.weight().compareTo(BigDecimal.valueOf(1000)) > 0) {
			throw new RuleViolationException("weight", "intake.error.weight", "weight goes from 0 to 1000");
		}
		if (d.scaleMin() < 0 || d.scaleMax() > 100 || d.scaleMax() <= d.scaleMin()) {
			throw new RuleViolationException("scaleMax", "intake.error.scale",
					"a scale goes from a minimum of 0 or more to a higher maximum of at most 100");
		}
		this.weight = d.weight();
		this.scaleMin = d.scaleMin();
		this.scaleMax = d.scaleMax();
		this.lowerIsBetter = d.lowerIsBetter();
		this.active = d.active();
	}

	WeightedScoring.Criterion asCriterion() {
		return new WeightedScoring.Criterion(this.id, this.weight, this.scaleMin, this.scaleMax, this.lowerIsBetter);
	}

	/** What a person states about a criterion. */
	public record CriterionDraft(String name, BigDecimal weight, int scaleMin, int scaleMax, boolean lowerIsBetter,
			boolean active) {

	}

	record Snapshot(String code, String name, BigDecimal weight, int scaleMin, int scaleMax, boolean lowerIsBetter,
			boolean active) {
	}

	Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.weight, this.scaleMin, this.scaleMax, this.lowerIsBetter,
				this.active);
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public boolean standard() {
		return this.standard;
	}

	public BigDecimal weight() {
		return this.weight;
	}

	public int scaleMin() {
		return this.scaleMin;
	}

	public int scaleMax() {
		return this.scaleMax;
	}

	public boolean lowerIsBetter() {
		return this.lowerIsBetter;
	}

	public boolean active() {
		return this.active;
	}

	public int position() {
		return this.position;
	}

}
