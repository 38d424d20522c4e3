package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.finance.FinanceSummaries.Health;
import org.agilepmo.finance.FinanceSummaries.Indicator;
import org.agilepmo.portfolio.PortfolioCatalogue;
import org.agilepmo.portfolio.PortfolioSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The levels under which a portfolio's projects turn amber and red, for cost (CPI) and
 * schedule (SPI). A portfolio keeps its own once its manager or the PMO sets them; until
 * then the configured defaults ({@code pmo.finance.amber-below}, {@code red-below}) hold.
 * Red must be below amber, both above zero and at most 2, with at most two decimals.
 */
@Service
public class ThresholdService {

	static final String ENTITY = "finance-health-threshold";

	private static final BigDecimal MAX = new BigDecimal("2");

	private final HealthThresholds thresholds;

	private final PortfolioCatalogue portfolios;

	private final AuditTrail audit;

	private final Levels defaults;

	private final Clock clock;

	ThresholdService(HealthThresholds thresholds, PortfolioCatalogue portfolios, AuditTrail audit,
			@Value("${pmo.finance.amber-below:0.95}") BigDecimal amber,
			@Value("${pmo.finance.red-below:0.85}") BigDecimal red, Optional<Clock> clock) {
		this.thresholds = thresholds;
		this.portfolios = portfolios;
		this.audit = audit;
		this.defaults = new Levels(amber, red, amber, red);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The four levels: amber and red for cost, amber and red for schedule. */
	public record Levels(BigDecimal costAmber, BigDecimal costRed, BigDecimal scheduleAmber, BigDecimal scheduleRed) {

		Indicator cost(BigDecimal cpi) {
			return indicator("CPI", cpi, this.costAmber, this.costRed);
		}

		Indicator schedule(BigDecimal spi) {
			return indicator("SPI", spi, this.scheduleAmber, this.scheduleRed);
		}

		private static Indicator indicator(String name, BigDecimal value, BigDecimal amber, BigDecimal red) {
			Health colour;
			if (value == null) {
				colour = Health.UNKNOWN;
			}
			else if (value.compareTo(red) < 0) {
				colour = Health.RED;
			}
			else {
				colour = value.compareTo(amber) < 0 ? Health.AMBER : Health.GREEN;
			}
			return new Indicator(name, value, colour, amber, red);
		}

	}

	/** A portfolio's levels, whether they are its own, and their version (0 if not). */
	public record PortfolioLevels(PortfolioSummary portfolio, Levels levels, boolean own, long version,
			boolean mayChange) {

	}

	/**
	 * The levels that apply to a portfolio's projects (no access check: internal use).
	 */
	@Transactional(readOnly = true)
	public Levels levels(long portfolioId) {
		return this.thresholds.findById(portfolioId).map(HealthThreshold::levels).orElse(this.defaults);
	}

	@Transactional(readOnly = true)
	public PortfolioLevels of(Actor actor, long portfolioId) {
		PortfolioSummary portfolio = this.portfolios.findVisiblePortfolio(portfolioId, actor)
			.orElseThrow(() -> new NotFoundException("portfolio", portfolioId));
		Optional<HealthThreshold> own = this.thresholds.findById(portfolioId);
		return new PortfolioLevels(portfolio, own.map(HealthThreshold::levels).orElse(this.defaults), own.isPresent(),
				own.map(HealthThreshold::version).orElse(0L), mayChange(actor, portfolio));
	}

	/**
	 * Sets a portfolio's levels: its manager or the PMO. The version is the one the
	 * change is based on (0 while the portfolio uses the defaults).
	 */
	@Transactional
	public HealthThreshold change(Actor actor, long portfolioId, long expectedVersion, Levels levels) {
		PortfolioSummary portfolio = this.portfolios.findVisiblePortfolio(portfolioId, actor)
			.orElseThrow(() -> new NotFoundException("portfolio", portfolioId));
		if (!mayChange(actor, portfolio)) {
			throw new AccessDeniedException("only the portfolio's manager or the PMO sets its thresholds");
		}
		Levels valid = validate(levels);
		Optional<HealthThreshold> existing = this.thresholds.findById(portfolioId);
		long current = existing.map(HealthThreshold::version).orElse(0L);
		if (current != expectedVersion) {
			throw new StaleVersionException("health thresholds", portfolioId, expectedVersion, current);
		}
		String before = existing.map(t -> describe(t.levels())).orElse(null);
		HealthThreshold threshold = existing.orElseGet(() -> new HealthThreshold(portfolioId));
		threshold.change(valid, actor.username(), Instant.now(this.clock));
		this.thresholds.saveAndFlush(threshold);
		this.audit.record(new AuditRecord(ENTITY + ".changed", "portfolio", String.valueOf(portfolioId),
				Classification.PUBLIC, portfolio.name() + ": " + describe(valid), before, describe(valid)));
		return threshold;
	}

	private static boolean mayChange(Actor actor, PortfolioSummary portfolio) {
		return actor.isPortfolioWide() || portfolio.mayManage();
	}

	private static Levels validate(Levels l) {
		BigDecimal costAmber = level("costAmber", l.costAmber());
		BigDecimal costRed = level("costRed", l.costRed());
		BigDecimal scheduleAmber = level("scheduleAmber", l.scheduleAmber());
		BigDecimal scheduleRed = level("scheduleRed", l.scheduleRed());
		if (costRed.compareTo(costAmber) >= 0) {
			throw Rules.violation("costRed", "redBelowAmber", "must be below the amber level");
		}
		if (scheduleRed.compareTo(scheduleAmber) >= 0) {
			throw Rules.violation("scheduleRed", "redBelowAmber", "must be below the amber level");
		}
		return new Levels(costAmber, costRed, scheduleAmber, scheduleRed);
	}

	private static BigDecimal level(String field, BigDecimal value) {
		Rules.required(field, value);
		if (value.signum() <= 0 || value.compareTo(MAX) > 0) {
			throw Rules.violation(field, "level", "must be more than 0 and at most 2");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw Rules.violation(field, "levelDecimals", "has at most two decimals");
		}
		return value.setScale(2);
	}

	private static String describe(Levels l) {
		return "CPI amber < " + l.costAmber().toPlainString() + ", red < " + l.costRed().toPlainString()
				+ "; SPI amber < " + l.scheduleAmber().toPlainString() + ", red < " + l.scheduleRed().toPlainString();
	}

}
