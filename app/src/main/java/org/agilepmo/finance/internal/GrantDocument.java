package org.agilepmo.finance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.shared.pdf.PdfDocuments;

import org.springframework.stereotype.Component;

/**
 * A grant's financial report as a PDF for its donor, in the reader's language, laid out
 * by the shared renderer from the template {@code finance/grant-report-pdf}: the grant,
 * the period and, by cost category, budget, committed, spent and balance in the grant's
 * currency with as many decimals as the currency has.
 */
@Component
public class GrantDocument {

	static final String TEMPLATE = "finance/grant-report-pdf";

	private final PdfDocuments documents;

	private final Clock clock;

	GrantDocument(PdfDocuments documents, Optional<Clock> clock) {
		this.documents = documents;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public byte[] write(FundingService.GrantReport report, Locale locale) {
		return this.documents.render(TEMPLATE, model(report), locale);
	}

	/** The HTML the PDF is laid out from. */
	public String html(FundingService.GrantReport report, Locale locale) {
		return this.documents.html(TEMPLATE, model(report), locale);
	}

	private Map<String, Object> model(FundingService.GrantReport report) {
		return Map.of("report", report, "digits",
				Currency.getInstance(report.grant().currency()).getDefaultFractionDigits(), "today",
				LocalDate.now(this.clock));
	}

}
