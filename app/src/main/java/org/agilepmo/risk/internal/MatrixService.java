package org.agilepmo.risk.internal;

import java.util.List;
import java.util.Locale;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating matrices and the risk categories: a portfolio's matrix when it has one, else
 * the platform's, else the standard 5 x 5. The PMO configures them; changing a matrix
 * rates only what is rated after it (a risk keeps the rating its history records until it
 * is rated again).
 */
@Service
public class MatrixService {

	static final String ENTITY = "risk-matrix";

	private final RiskMatrices matrices;

	private final RiskCategories categories;

	private final AuditTrail audit;

	MatrixService(RiskMatrices matrices, RiskCategories categories, AuditTrail audit) {
		this.matrices = matrices;
		this.categories = categories;
		this.audit = audit;
	}

	/** The matrix the portfolio's risks are rated on. */
	@Transactional(readOnly = true)
	public RiskMatrix matrixFor(Long portfolioId) {
		if (portfolioId != null) {
			var own = this.matrices.findByPortfolioId(portfolioId);
			if (own.isPresent()) {
				return own.get();
			}
		}
		return this.matrices.findByPortfolioIdIsNull().orElseGet(RiskMatrix::standard);
	}

	/**
	 * The version of the matrix configured for exactly this scope (the platform's when
	 * {@code portfolioId} is null), {@code 0} when none is: the version a change of that
	 * scope's matrix is based on.
	 */
	@Transactional(readOnly = true)
	public long versionOf(Long portfolioId) {
		var own = portfolioId == null ? this.matrices.findByPortfolioIdIsNull()
				: this.matrices.findByPortfolioId(portfolioId);
		return own.map(RiskMatrix::version).orElse(0L);
	}

	/**
	 * Configures the platform's matrix ({@code portfolioId} null) or a portfolio's: its
	 * size and its ratings, row by row. PMO only. The change is based on the version
	 * {@link #versionOf} answered (0 for a scope without a matrix of its own); another is
	 * stale.
	 */
	@Transactional
	public RiskMatrix configure(Actor actor, Long portfolioId, long expectedVersion, int size, String ratings) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO configures risk matrices");
		}
		var existing = portfolioId == null ? this.matrices.findByPortfolioIdIsNull()
				: this.matrices.findByPortfolioId(portfolioId);
		if (existing.isPresent()) {
			RiskMatrix matrix = existing.get();
			Versioned.check(ENTITY, matrix.id(), expectedVersion, matrix.version());
			String before = matrix.toString();
			matrix.configure(size, ratings);
			this.matrices.saveAndFlush(matrix);
			this.audit.record(AuditRecord.updated(ENTITY, matrix.id(), null, before, matrix.toString()));
			return matrix;
		}
		Versioned.check(ENTITY, 0L, expectedVersion, 0L);
		RiskMatrix matrix = this.matrices.saveAndFlush(new RiskMatrix(portfolioId, size, ratings));
		this.audit.record(AuditRecord.created(ENTITY, matrix.id(), null,
				(portfolioId == null ? "platform " : "portfolio " + portfolioId + " ") + matrix));
		return matrix;
	}

	/**
	 * A matrix of the size to start configuring from: the usual 4 x 4 or 5 x 5, or for
	 * another size one whose ratings grow with the share of the largest score.
	 */
	public RiskMatrix suggested(int size) {
		if (size == 5) {
			return RiskMatrix.standard();
		}
		if (size == 4) {
			return new RiskMatrix(null, 4, RiskMatrix.DEFAULT_4X4);
		}
		int n = Math.max(3, Math.min(size, 7));
		StringBuilder ratings = new StringBuilder();
		for (int p = 1; p <= n; p++) {
			for (int i = 1; i <= n; i++) {
				double share = (double) (p * i) / (n * n);
				ratings.append(share < 0.2 ? 'L' : share < 0.4 ? 'M' : share < 0.7 ? 'H' : 'E');
			}
		}
		return new RiskMatrix(null, n, ratings.toString());
	}

	/** The categories a risk may be filed under, in order. */
	@Transactional(readOnly = true)
	public List<String> categories() {
		return this.categories.findAllByOrderByPositionAsc().stream().map(RiskCategory::code).toList();
	}

	/** The category's code, if it is one of the configured ones. */
	@Transactional(readOnly = true)
	public String category(String field, String sent) {
		String code = sent == null ? "" : sent.strip().toUpperCase(Locale.ROOT);
		if (!categories().contains(code)) {
			throw new RuleViolationException(field, "risk.error.category", "is not one of the configured categories",
					String.join(", ", categories()));
		}
		return code;
	}

	/** Replaces the list of categories (PMO only); a code in use must stay. */
	@Transactional
	public List<String> configureCategories(Actor actor, List<String> codes, java.util.Set<String> inUse) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO configures risk categories");
		}
		List<String> clean = codes == null ? List.of()
				: codes.stream().map(c -> c == null ? "" : c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
		if (clean.isEmpty() || clean.stream().anyMatch(c -> !c.matches("[A-Z][A-Z0-9_]{0,39}"))) {
			throw new RuleViolationException("categories", "risk.error.categories",
					"categories are codes of capital letters, digits and underscores");
		}
		for (String used : inUse) {
			if (!clean.contains(used)) {
				throw new RuleViolationException("categories", "risk.error.categoryInUse",
						"a category in use cannot be removed", used);
			}
		}
		List<String> before = categories();
		for (RiskCategory existing : this.categories.findAll()) {
			if (!clean.contains(existing.code())) {
				this.categories.delete(existing);
			}
		}
		for (int i = 0; i < clean.size(); i++) {
			int position = i + 1;
			String code = clean.get(i);
			this.categories.findById(code)
				.ifPresentOrElse(existing -> existing.moveTo(position),
						() -> this.categories.save(new RiskCategory(code, position)));
		}
		this.categories.flush();
		this.audit
			.record(new AuditRecord("risk-category.configured", "risk-category", "all", null, null, before, clean));
		return clean;
	}

}
