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
	 * Configures the platform's matrix ({@code portfolioId} null) or a portfolio's: its
	 * size and its ratings, row by row. PMO only.
	 */
	@Transactional
	public RiskMatrix configure(Actor actor, Long portfolioId, Long expectedVersion, int size, String ratings) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO configures risk matrices");
		}
		var existing = portfolioId == null ? this.matrices.findByPortfolioIdIsNull()
				: this.matrices.findByPortfolioId(portfolioId);
		if (existing.isPresent()) {
			RiskMatrix matrix = existing.get();
			if (expectedVersion != null) {
				Versioned.check(ENTITY, matrix.id(), expectedVersion, matrix.version());
			}
			String before = matrix.toString();
			matrix.configure(size, ratings);
			this.matrices.saveAndFlush(matrix);
			this.audit.record(AuditRecord.updated(ENTITY, matrix.id(), null, before, matrix.toString()));
			return matrix;
		}
		RiskMatrix matrix = this.matrices.saveAndFlush(new RiskMatrix(portfolioId, size, ratings));
		this.audit.record(AuditRecord.created(ENTITY, matrix.id(), null,
				(portfolioId == null ? "platform " : "portfolio " + portfolioId + " ") + matrix));
		return matrix;
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
