package org.agilepmo.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.finance.CostCategory;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.finance.internal.BudgetLine;
import org.agilepmo.finance.internal.BudgetService;
import org.agilepmo.finance.internal.BudgetVersion;
import org.agilepmo.finance.internal.Conversions;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme and portfolio roll-up endpoints: three projects of a programme budgeted
 * and spent in EUR, USD and JPY, and a confidential one the project manager may not see.
 * Each project's figures are converted at the roll-up's date and rounded once, so the
 * totals are the sums of the projects' lines to the cent; the hidden project counts for
 * the PMO only, and its name never reaches the project manager.
 *
 * <p>
 * Hand-computed in EUR at 30 June 2026 (USD→EUR 0.9, EUR→JPY 160, half to even): budgets
 * 100.01 + 0.05 × 0.9 = 0.045 → 0.04 + 333 / 160 = 2.08125 → 2.08, total 102.13; spent
 * 0.10 + 0.15 × 0.9 = 0.135 → 0.14 + 100 / 160 = 0.625 → 0.62, total 0.86; committed 0.00
 * + 0.00 + 250 / 160 = 1.5625 → 1.56. The hidden project adds 1,000.00 budgeted and 7.77
 * spent for the PMO.
 */
@PmoTest
class FinanceRollupApiTest {

	private static final LocalDate RATES_FROM = LocalDate.of(2026, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	BudgetService budgets;

	@Autowired
	Conversions conversions;

	@Autowired
	CostLedger ledger;

	PortfolioScene scene;

	PersonSummary pm;

	long portfolioId;

	long programmeId;

	String hiddenName;

	@BeforeEach
	void aProgrammeInThreeCurrenciesWithAHiddenProject() {
		this.scene = this.portfolios.scene();
		this.pm = this.scene.person("rollup-pm", ScreeningLevel.BASIC);
		this.portfolioId = this.scene.portfolio().id();
		this.programmeId = this.scene.programme(this.portfolioId).id();
		rate("USD", "EUR", "0.9");
		rate("EUR", "JPY", "160");
		project(Classification.PUBLIC, "EUR", "100.01", "0.10", null);
		project(Classification.PUBLIC, "USD", "0.05", "0.15", null);
		project(Classification.RESTRICTED, "JPY", "333", "100", "250");
		var hidden = project(Classification.CONFIDENTIAL, "EUR", "1000.00", "7.77", null);
		this.hiddenName = hidden.name();
	}

	@Test
	void theProgrammeTotalsAreTheSumsOfTheVisibleProjectsToTheCent() throws Exception {
		String body = rollup("/api/v1/programmes/" + this.programmeId + "/finance", this.pm);
		assertThat(body).doesNotContain(this.hiddenName);
		assertThat((List<?>) JsonPath.read(body, "$.projects")).hasSize(3);
		assertThat((String) JsonPath.read(body, "$.budget")).isEqualTo("102.13");
		assertThat((String) JsonPath.read(body, "$.spent")).isEqualTo("0.86");
		assertThat((String) JsonPath.read(body, "$.committed")).isEqualTo("1.56");
		reconciles(body);
		assertThat((List<String>) JsonPath.read(body, "$.projects[*].budgetReported"))
			.containsExactlyInAnyOrder("100.01", "0.04", "2.08");

		String pmo = rollup("/api/v1/programmes/" + this.programmeId + "/finance", this.scene.officer());
		assertThat((List<?>) JsonPath.read(pmo, "$.projects")).hasSize(4);
		assertThat((String) JsonPath.read(pmo, "$.budget")).isEqualTo("1102.13");
		assertThat((String) JsonPath.read(pmo, "$.spent")).isEqualTo("8.63");
		reconciles(pmo);
	}

	@Test
	void thePortfolioTotalsReconcileAndAMissingRateNamesThePairAndTheDate() throws Exception {
		String body = rollup("/api/v1/portfolios/" + this.portfolioId + "/finance", this.pm);
		assertThat(body).doesNotContain(this.hiddenName);
		assertThat((String) JsonPath.read(body, "$.budget")).isEqualTo("102.13");
		reconciles(body);
		String pmo = rollup("/api/v1/portfolios/" + this.portfolioId + "/finance", this.scene.officer());
		assertThat((String) JsonPath.read(pmo, "$.budget")).isEqualTo("1102.13");
		reconciles(pmo);

		this.mvc
			.perform(get("/api/v1/portfolios/" + this.portfolioId + "/finance?currency=CHF&date=2026-06-30")
				.header("Authorization", "Bearer " + this.identity.tokenOf(this.pm)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("to CHF on 2026-06-30")));
	}

	@Test
	void someoneWhoSeesNoProjectOfTheProgrammeGets404() throws Exception {
		PersonSummary stranger = this.scene.person("rollup-stranger", ScreeningLevel.ENHANCED);
		this.mvc
			.perform(get("/api/v1/programmes/" + this.programmeId + "/finance?currency=EUR").header("Authorization",
					"Bearer " + this.identity.tokenOf(stranger)))
			.andExpect(status().isNotFound());
	}

	private String rollup(String path, PersonSummary reader) throws Exception {
		return this.mvc
			.perform(get(path + "?currency=EUR&date=2026-06-30").header("Authorization",
					"Bearer " + this.identity.tokenOf(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Each total is the sum of the projects' converted figures, to the cent. */
	private static void reconciles(String body) {
		for (String figure : List.of("budget", "committed", "spent")) {
			List<String> lines = JsonPath.read(body, "$.projects[*]." + figure + "Reported");
			BigDecimal sum = lines.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(new BigDecimal((String) JsonPath.read(body, "$." + figure))).as(figure)
				.isEqualByComparingTo(sum);
		}
	}

	private PortfolioScene.ProjectRef project(Classification classification, String currency, String budget,
			String spent, String committed) {
		PortfolioScene.ProjectRef project = this.scene.project(this.portfolioId, classification,
				d -> inProgramme(
						classification == Classification.CONFIDENTIAL ? d : PortfolioScene.withManager(d, this.pm.id()),
						this.programmeId));
		PersonSummary officer = this.scene.officer();
		this.identity.actingAs(officer, () -> {
			var actor = IdentityFixtures.actor(officer);
			BudgetVersion v = this.budgets.start(actor, project.id(), currency, YearMonth.of(2026, 3), null);
			this.budgets.putLine(actor, v.id(), v.version(), null, new BudgetService.LineDraft(CostCategory.SERVICES,
					"Services", BudgetLine.Recurrence.ONE_OFF, YearMonth.of(2026, 3), null, new BigDecimal(budget)));
			this.ledger.record(actor, project.id(), new CostLedger.CostEntry(CostLedger.Kind.ACTUAL, "L1", null,
					LocalDate.of(2026, 4, 1), new BigDecimal(spent), currency, "INV", null, "entered"));
			if (committed != null) {
				this.ledger.record(actor, project.id(), new CostLedger.CostEntry(CostLedger.Kind.COMMITMENT, "L1", null,
						LocalDate.of(2026, 4, 2), new BigDecimal(committed), currency, "PO", null, "entered"));
			}
		});
		return project;
	}

	private static ProjectDraft inProgramme(ProjectDraft d, long programmeId) {
		return new ProjectDraft(d.code(), d.name(), d.description(), d.type(), d.methodology(), d.classification(),
				d.portfolioId(), programmeId, d.sponsorId(), d.businessOwnerId(), d.projectManagerId(), d.squadIds(),
				d.plannedStart(), d.plannedFinish(), d.health(), d.healthReason(), d.tags());
	}

	/** Rates are the organisation's, shared by the tests: each pair is recorded once. */
	private void rate(String from, String to, String rate) {
		PersonSummary officer = this.scene.officer();
		this.identity.actingAs(officer, () -> {
			List<Object> same = new ArrayList<>(this.conversions.all()
				.stream()
				.filter(r -> r.from().equals(from) && r.to().equals(to) && r.validFrom().equals(RATES_FROM))
				.toList());
			if (same.isEmpty()) {
				this.conversions.record(IdentityFixtures.actor(officer), from, to, RATES_FROM, new BigDecimal(rate));
			}
		});
		assertThat(this.conversions.rate(from, to, LocalDate.of(2026, 6, 30))).isEqualByComparingTo(rate);
	}

}
