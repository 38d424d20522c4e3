package org.agilepmo.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * A probability x impact matrix: its size (the scales of both axes, 1 to size) and the
 * rating of each cell, written row by row from probability 1, each row from impact 1, as
 * the letters L, M, H and E. One may be configured platform-wide and one per portfolio;
 * without any, {@link #DEFAULT_5X5} applies.
 */
@Entity
@Table(name = "risk_matrix")
public class RiskMatrix {

	/** The matrix used when none is configured. */
	static final String DEFAULT_5X5 = "LLLMM" + "LLMMH" + "LMMHH" + "MMHHE" + "MHHEE";

	/** The usual 4 x 4, for portfolios that rate on four levels. */
	static final String DEFAULT_4X4 = "LLMM" + "LMMH" + "MMHE" + "MHEE";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "portfolio_id", updatable = false)
	private Long portfolioId;

	@Column(nullable = false)
	private int size;

	@Column(nullable = false)
	private String ratings;

	protected RiskMatrix() {
	}

	RiskMatrix(Long portfolioId, int size, String ratings) {
		this.portfolioId = portfolioId;
		configure(size, ratings);
	}

	/** The built-in matrix (never stored until someone configures one). */
	static RiskMatrix standard() {
		return new RiskMatrix(null, 5, DEFAULT_5X5);
	}

	void configure(int size, String ratings) {
		if (size < 3 || size > 7) {
			throw new RuleViolationException("size", "risk.error.matrixSize", "a matrix has 3 to 7 levels");
		}
		String r = ratings == null ? "" : ratings.strip().toUpperCase(java.util.Locale.ROOT);
		if (r.length() != size * size || !r.matches("[LMHE]+")) {
			throw new RuleViolationException("ratings", "risk.error.matrixRatings",
					"the ratings are size x size letters L, M, H or E", size * size);
		}
		this.size = size;
		this.ratings = r;
	}

	/** The rating of the cell (probability, impact), both from 1 to the size. */
	public Rating rate(int probability, int impact) {
		level(probability, this.size, "probability");
		level(impact, this.size, "impact");
		return Rating.of(this.ratings.charAt((probability - 1) * this.size + impact - 1));
	}

	static int level(Integer value, int scale, String field) {
		if (value == null || value < 1 || value > scale) {
			throw new RuleViolationException(field, "risk.error.level", "must be a level from 1 to " + scale, scale);
		}
		return value;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public Long portfolioId() {
		return this.portfolioId;
	}

	public int size() {
		return this.size;
	}

	public String ratings() {
		return this.ratings;
	}

	@Override
	public String toString() {
		return this.size + "x" + this.size + " " + this.ratings;
	}

}
