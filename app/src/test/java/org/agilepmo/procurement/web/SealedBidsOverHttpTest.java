package org.agilepmo.procurement.web;

import java.util.List;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sealed bids through the whole application: the API answers 404 about them to the
 * administrator, the PMO and the buyer; the tender says nothing about them; the
 * workspace's search finds and counts none until the opening, and finds them after it; a
 * call-off past the ceiling is refused as problem+json naming the ceiling, in the
 * reader's language.
 */
@PmoTest
class SealedBidsOverHttpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ProcurementFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	PersonSummary buyer;

	PersonSummary admin;

	PersonSummary pmo;

	PersonSummary evaluator;

	long projectId;

	String supplier;

	@BeforeEach
	void aTenderWithASealedBid() {
		PortfolioScene scene = this.portfolios.scene();
		this.pmo = scene.officer();
		this.buyer = this.people.person("buyer", ScreeningLevel.BASIC);
		this.admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.evaluator = this.people.person("eval", ScreeningLevel.BASIC);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.buyer.id()))
			.id();
		this.supplier = "Zqxsealed" + System.nanoTime();
	}

	@Test
	void noRequestRevealsASealedBidAndSearchFindsItOnlyAfterTheOpening() throws Exception {
		long tender = this.fixtures.tender(this.buyer, this.projectId, this.evaluator);
		this.mvc
			.perform(post("/api/v1/tenders/" + tender + "/bids").with(this.people.as(this.buyer))
				.with(csrf())
				.contentType("application/json")
				.content("{\"supplier\":\"" + this.supplier + "\",\"price\":\"1200.00\"}"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.fingerprint").isString())
			.andExpect(jsonPath("$.id").doesNotExist())
			.andExpect(content().string(not(containsString(this.supplier))));
		List<Long> bids = this.jdbc.queryForList("select id from procurement_bid where tender_id = ?", Long.class,
				tender);
		for (PersonSummary who : List.of(this.admin, this.pmo, this.buyer)) {
			this.mvc.perform(get("/api/v1/tenders/" + tender + "/bids").with(this.people.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/bids/" + bids.get(0)).with(this.people.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/tenders/" + tender + "/scores").with(this.people.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/discussion/procurement-bid/" + bids.get(0)).with(this.people.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/tenders/" + tender).with(this.people.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(this.supplier))))
				.andExpect(content().string(not(containsString("bid"))));
			this.mvc.perform(get("/api/v1/search").param("q", this.supplier).with(this.people.as(who)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value(0));
		}

		this.fixtures.open(this.buyer, tender);
		this.mvc.perform(get("/api/v1/search").param("q", this.supplier).with(this.people.as(this.buyer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(get("/api/v1/tenders/" + tender + "/bids").with(this.people.as(this.buyer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].supplier").value(this.supplier));
		// A committee member who has not declared is refused; anyone else does not see
		// it.
		this.mvc.perform(get("/api/v1/tenders/" + tender + "/bids").with(this.people.as(this.evaluator)))
			.andExpect(status().isForbidden());
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/api/v1/bids/" + bids.get(0)).with(this.people.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/search").param("q", this.supplier).with(this.people.as(stranger)))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aCallOffPastTheCeilingIsAProblemNamingTheCeilingInTheReadersLanguage() throws Exception {
		long agreement = this.fixtures.agreement(this.pmo, "1000.00");
		this.mvc
			.perform(post("/api/v1/agreements/" + agreement + "/call-offs").with(this.people.as(this.pmo))
				.with(csrf())
				.header("Accept-Language", "fr")
				.contentType("application/json")
				.content("{\"lot\":\"L1\",\"supplier\":\"Alpha\",\"amount\":\"1000.01\",\"description\":\"Too much\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(content().string(containsString("plafond")))
			.andExpect(content().string(containsString("1000.00 EUR")));
	}

}
