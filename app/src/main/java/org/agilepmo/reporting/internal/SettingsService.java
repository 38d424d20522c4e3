package org.agilepmo.reporting.internal;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.PortfolioCatalogue;
import org.agilepmo.portfolio.PortfolioSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.Versioned;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portfolio's reporting settings: read by whoever sees the portfolio (the defaults when
 * none are stored, without storing them), changed by the PMO.
 */
@Service
public class SettingsService {

	static final String ENTITY = "reporting-settings";

	private final SettingsRepository settings;

	private final PortfolioCatalogue portfolios;

	private final AuditTrail audit;

	SettingsService(SettingsRepository settings, PortfolioCatalogue portfolios, AuditTrail audit) {
		this.settings = settings;
		this.portfolios = portfolios;
		this.audit = audit;
	}

	/** The settings of a portfolio the person sees (404 otherwise). */
	@Transactional(readOnly = true)
	public ReportingSettings of(Actor actor, long portfolioId) {
		portfolio(actor, portfolioId);
		return of(portfolioId);
	}

	/** The settings, whoever asks: for the platform's own checks. */
	@Transactional(readOnly = true)
	public ReportingSettings of(long portfolioId) {
		return this.settings.findByPortfolioId(portfolioId).orElseGet(() -> ReportingSettings.defaults(portfolioId));
	}

	@Transactional
	public ReportingSettings change(Actor actor, long portfolioId, long expectedVersion,
			ReportingSettings.Draft draft) {
		portfolio(actor, portfolioId);
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO keeps the reporting settings");
		}
		ReportingSettings current = this.settings.findByPortfolioId(portfolioId).orElse(null);
		if (current == null) {
			Versioned.check(ENTITY, portfolioId, expectedVersion, 0);
			ReportingSettings created = this.settings.saveAndFlush(new ReportingSettings(portfolioId, draft));
			this.audit.record(AuditRecord.created(ENTITY, created.id(), null, created.state()));
			return created;
		}
		Versioned.check(ENTITY, portfolioId, expectedVersion, current.etag());
		var before = current.state();
		current.apply(draft);
		this.settings.saveAndFlush(current);
		this.audit.record(AuditRecord.updated(ENTITY, current.id(), null, before, current.state()));
		return current;
	}

	private PortfolioSummary portfolio(Actor actor, long portfolioId) {
		return this.portfolios.findVisiblePortfolio(portfolioId, actor)
			.orElseThrow(() -> new NotFoundException("portfolio", portfolioId));
	}

}
