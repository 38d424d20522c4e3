package org.agilepmo.procurement.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee report: two evaluators score two bids; the PDF lists the bids in the
 * order of the ranking with their totals and names the recommended award, in the reader's
 * language; before every evaluator has submitted there is no report.
 */
@PmoTest
class CommitteeReportPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ProcurementFixtures fixtures;

	@Test
	void theReportShowsTheRankingOfTheTwoEvaluatorsScores() throws Exception {
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary buyer = this.people.person("buyer", ScreeningLevel.BASIC);
		PersonSummary ann = this.people.person("ann", ScreeningLevel.BASIC);
		PersonSummary bob = this.people.person("bob", ScreeningLevel.BASIC);
		long project = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, buyer.id()))
			.id();
		long tender = this.fixtures.tender(buyer, project, ann, bob);
		this.fixtures.bid(buyer, tender, "Expensive Excellence", "100000");
		this.fixtures.bid(buyer, tender, "Budget Basics", "80000");
		this.fixtures.open(buyer, tender);
		this.fixtures.declareNoConflict(ann, tender);
		this.fixtures.declareNoConflict(bob, tender);
		List<Long> bids = this.fixtures.bids(buyer, tender);
		this.fixtures.score(ann, bids.get(0), "8");
		this.fixtures.score(ann, bids.get(1), "6");
		this.fixtures.score(bob, bids.get(0), "6");
		this.fixtures.score(bob, bids.get(1), "6");
		this.fixtures.submit(ann, tender);
		this.mvc.perform(get("/api/v1/tenders/" + tender + "/report.pdf").with(this.people.as(buyer)))
			.andExpect(status().isUnprocessableContent());
		this.fixtures.submit(bob, tender);

		byte[] pdf = this.mvc
			.perform(get("/api/v1/tenders/" + tender + "/report.pdf").with(this.people.as(buyer))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path out = Path.of("target", "screenshots", "procurement-committee-report.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			// Expensive Excellence: 49 + 24 = 73; Budget Basics: 42 + 30 = 72.
			assertThat(text).contains("Ranking", "73", "72", "Expensive Excellence", "Budget Basics");
			assertThat(text.indexOf("Expensive Excellence"))
				.isLessThan(text.indexOf("Budget Basics", text.indexOf("Ranking")));
			assertThat(text).contains("The committee recommends awarding the contract to Expensive Excellence.");
		}
		byte[] french = this.mvc
			.perform(get("/api/v1/tenders/" + tender + "/report.pdf").with(this.people.as(ann))
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(french)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Classement");
		}
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/api/v1/tenders/" + tender + "/report.pdf").with(this.people.as(stranger)))
			.andExpect(status().isNotFound());
	}

}
