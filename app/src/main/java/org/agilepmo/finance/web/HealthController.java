package org.agilepmo.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.finance.internal.HealthThreshold;
import org.agilepmo.finance.internal.ThresholdService;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A portfolio's health thresholds and a project's cost and schedule health over HTTP.
 */
@RestController
@Tag(name = "Finance", description = "Budgets, funding, costs, earned value and donor reporting")
class HealthController {

	private final ThresholdService thresholds;

	private final FinanceSummaries summaries;

	HealthController(ThresholdService thresholds, FinanceSummaries summaries) {
		this.thresholds = thresholds;
		this.summaries = summaries;
	}

	record LevelsResource(long portfolioId, boolean own, String costAmberBelow, String costRedBelow,
			String scheduleAmberBelow, String scheduleRedBelow) {

		static LevelsResource of(ThresholdService.PortfolioLevels p) {
			ThresholdService.Levels l = p.levels();
			return new LevelsResource(p.portfolio().id(), p.own(), l.costAmber().toPlainString(),
					l.costRed().toPlainString(), l.scheduleAmber().toPlainString(), l.scheduleRed().toPlainString());
		}

	}

	record LevelsRequest(BigDecimal costAmberBelow, BigDecimal costRedBelow, BigDecimal scheduleAmberBelow,
			BigDecimal scheduleRedBelow) {

		ThresholdService.Levels levels() {
			return new ThresholdService.Levels(this.costAmberBelow, this.costRedBelow, this.scheduleAmberBelow,
					this.scheduleRedBelow);
		}

	}

	record IndicatorResource(String index, String value, FinanceSummaries.Health colour, String amberBelow,
			String redBelow, String reason) {

		static IndicatorResource of(FinanceSummaries.Indicator i) {
			return new IndicatorResource(i.index(), FinanceResources.money(i.value()), i.colour(),
					i.amberBelow().toPlainString(), i.redBelow().toPlainString(), i.reason());
		}

	}

	record HealthResource(long projectId, long portfolioId, LocalDate statusDate, FinanceSummaries.Health overall,
			IndicatorResource cost, IndicatorResource schedule) {

	}

	@GetMapping("/api/v1/portfolios/{id}/finance-thresholds")
	@Operation(summary = "The CPI and SPI levels under which the portfolio's projects turn amber and red",
			description = "own is false while the portfolio uses the platform's defaults (ETag \"0\").")
	ResponseEntity<LevelsResource> levels(@PathVariable long id) {
		ThresholdService.PortfolioLevels p = this.thresholds.of(CurrentActor.require(), id);
		return ETags.ok(LevelsResource.of(p), p.version());
	}

	@PutMapping("/api/v1/portfolios/{id}/finance-thresholds")
	@Operation(summary = "Set the portfolio's thresholds (its manager or the PMO)",
			description = "Levels are decimals above 0 and at most 2; red below amber. If-Match \"0\" the first time.")
	ResponseEntity<LevelsResource> change(@PathVariable long id, @IfMatch long version,
			@RequestBody LevelsRequest request) {
		HealthThreshold saved = this.thresholds.change(CurrentActor.require(), id, version, request.levels());
		return ETags.ok(LevelsResource.of(this.thresholds.of(CurrentActor.require(), id)), saved.version());
	}

	@GetMapping("/api/v1/projects/{id}/finance-health")
	@Operation(summary = "The project's cost (CPI) and schedule (SPI) health with the reason for each",
			description = "Against the thresholds of the project's portfolio, at statusDate (default today).")
	HealthResource health(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate) {
		LocalDate date = statusDate == null ? LocalDate.now() : statusDate;
		FinanceSummaries.ProjectHealth h = this.summaries.health(id, CurrentActor.require(), date)
			.orElseThrow(() -> new NotFoundException("earned value of project", id));
		return new HealthResource(h.projectId(), h.portfolioId(), h.statusDate(), h.overall(),
				IndicatorResource.of(h.cost()), IndicatorResource.of(h.schedule()));
	}

}
