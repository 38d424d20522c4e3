package org.agilepmo.procurement.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One evaluation criterion of a tender: a technical criterion scored by each evaluator
 * from 0 to its maximum, the financial criterion computed from the prices by the tender's
 * formula, or a pass/fail criterion that eliminates a bid the committee finds failing.
 * Technical and financial weights add up to 100; pass/fail criteria weigh nothing.
 */
@Embeddable
public class Criterion {

	/** How a criterion is assessed. */
	public enum Kind {

		TECHNICAL, FINANCIAL, PASS_FAIL

	}

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private BigDecimal weight;

	@Column(name = "max_score", nullable = false)
	private int maxScore;

	protected Criterion() {
	}

	public Criterion(String code, String name, Kind kind, BigDecimal weight, int maxScore) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.weight = weight;
		this.maxScore = maxScore;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public Kind kind() {
		return this.kind;
	}

	public BigDecimal weight() {
		return this.weight;
	}

	public int maxScore() {
		return this.maxScore;
	}

	/**
	 * Whether evaluators score it (technical and pass/fail); the financial is computed.
	 */
	public boolean isScored() {
		return this.kind != Kind.FINANCIAL;
	}

}
