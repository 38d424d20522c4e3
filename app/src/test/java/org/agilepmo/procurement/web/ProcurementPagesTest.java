package org.agilepmo.procurement.web;

import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The procurement pages: the tender list and page say nothing of sealed bids; an
 * evaluator declares, fills in the score sheet and submits, and the ranking appears with
 * its chart; a call-off past the ceiling is refused on the agreement's page with the
 * ceiling in words; the pages read in every language.
 */
@PmoTest
class ProcurementPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ProcurementFixtures fixtures;

	@Autowired
	FinanceFixtures finance;

	PersonSummary buyer;

	PersonSummary evaluator;

	PersonSummary pmo;

	long projectId;

	@BeforeEach
	void aProjectWithItsBuyer() {
		PortfolioScene scene = this.portfolios.scene();
		this.pmo = scene.officer();
		this.buyer = this.people.person("buyer", ScreeningLevel.BASIC);
		this.evaluator = this.people.person("eval", ScreeningLevel.BASIC);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.buyer.id()))
			.id();
	}

	@Test
	void theListAndThePageSayNothingOfSealedBids() throws Exception {
		long tender = this.fixtures.tender(this.buyer, this.projectId, this.evaluator);
		String supplier = "Zqxpage" + System.nanoTime();
		this.fixtures.bid(this.buyer, tender, supplier, "1200");
		for (PersonSummary who : new PersonSummary[] { this.buyer, this.pmo }) {
			this.mvc.perform(get("/tenders").with(this.people.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/tenders/" + tender)))
				.andExpect(content().string(not(containsString(supplier))));
			this.mvc.perform(get("/tenders/" + tender).with(this.people.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"bids-sealed\"")))
				.andExpect(content().string(not(containsString(supplier))))
				.andExpect(content().string(not(containsString("id=\"bid-list\""))));
		}
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/tenders/" + tender).with(this.people.as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/tenders").with(this.people.as(stranger)))
			.andExpect(content().string(not(containsString("/tenders/" + tender + "\""))));
	}

	@Test
	void theEvaluatorDeclaresScoresAndSubmitsThenTheRankingIsCharted() throws Exception {
		long tender = this.fixtures.opened(this.buyer, this.projectId, this.evaluator);
		this.mvc.perform(get("/tenders/" + tender).with(this.people.as(this.evaluator)))
			.andExpect(content().string(containsString("id=\"declaration-form\"")))
			.andExpect(content().string(not(containsString("id=\"bid-list\""))));
		this.mvc
			.perform(post("/tenders/" + tender + "/declaration").param("conflict", "false")
				.with(this.people.as(this.evaluator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long bid = this.fixtures.bids(this.evaluator, tender).get(0);
		String method = bid + "-" + ProcurementFixtures.METHOD;
		String eligibility = bid + "-" + ProcurementFixtures.ELIGIBILITY;
		this.mvc
			.perform(post("/tenders/" + tender + "/scores").param("score-" + method, "11")
				.param("why-" + method, "Too generous")
				.with(this.people.as(this.evaluator))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/tenders/" + tender + "*"));
		this.mvc.perform(get("/tenders/" + tender).with(this.people.as(this.evaluator)))
			.andExpect(content().string(not(containsString("value=\"11\""))));
		this.mvc
			.perform(post("/tenders/" + tender + "/scores").param("score-" + method, "8")
				.param("why-" + method, "Clear waves and rollback")
				.param("passed-" + eligibility, "true")
				.param("why-" + eligibility, "Certificates present")
				.with(this.people.as(this.evaluator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/tenders/" + tender).with(this.people.as(this.evaluator)))
			.andExpect(content().string(allOf(containsString("id=\"score-sheet\""), containsString("value=\"8"),
					not(containsString("id=\"ranking\"")))));
		this.mvc.perform(post("/tenders/" + tender + "/submission").with(this.people.as(this.evaluator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/tenders/" + tender).with(this.people.as(this.evaluator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-chart-from=\"ranking\""),
					containsString("id=\"ranking\""), containsString("href=\"#bid-" + bid + "\""),
					containsString("id=\"decision-form\""), containsString("/tenders/" + tender + "/report.pdf"),
					not(containsString("id=\"score-sheet\"")))));
		this.mvc.perform(get("/tenders/" + tender + "/report.pdf").with(this.people.as(this.evaluator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void aCallOffPastTheCeilingIsRefusedOnThePageInWords() throws Exception {
		long agreement = this.fixtures.agreement(this.pmo, "1000.00");
		this.mvc
			.perform(post("/agreements/" + agreement + "/call-offs").param("lot", "L1")
				.param("supplier", "Alpha")
				.param("amount", "1000.01")
				.param("description", "Too much")
				.with(this.people.as(this.pmo))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"form-errors\""),
					containsString("ceiling of 1000.00 EUR"), containsString("value=\"1000.01\""))));
		this.mvc
			.perform(post("/agreements/" + agreement + "/call-offs").param("lot", "L1")
				.param("supplier", "Alpha")
				.param("amount", "400")
				.param("description", "Some days")
				.with(this.people.as(this.pmo))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/agreements/" + agreement).with(this.people.as(this.pmo)))
			.andExpect(content().string(allOf(containsString("data-chart-from=\"ceiling-usage\""),
					containsString("data-value=\"600.00\""), containsString("Some days"))));
		this.mvc.perform(get("/agreements/" + agreement).with(this.people.as(this.buyer)))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@CsvSource({ "en, ltr", "fr, ltr", "es, ltr", "ar, rtl" })
	void theTenderContractAndAgreementPagesReadInEachLanguage(String lang, String dir) throws Exception {
		long tender = this.fixtures.awarded(this.buyer, this.projectId, this.evaluator);
		this.finance.draft(this.buyer, this.projectId);
		long contract = this.fixtures.contract(this.buyer, tender);
		long agreement = this.fixtures.agreement(this.pmo, "1000.00");
		for (String[] page : new String[][] { { "/tenders/" + tender, "buyer" }, { "/tenders", "buyer" },
				{ "/contracts/" + contract, "buyer" }, { "/agreements/" + agreement, "pmo" },
				{ "/agreements", "pmo" } }) {
			PersonSummary who = page[1].equals("pmo") ? this.pmo : this.buyer;
			this.mvc.perform(get(page[0]).param("lang", lang).with(this.people.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("dir=\"" + dir + "\"")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

}
