package org.agilepmo.reporting.web;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.reporting.ReportingFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A status report as a PDF, opened with PDFBox: in English its headings and the manager's
 * words, in Arabic its headings shaped right to left and read back in logical order; a
 * person who may not see the project gets 404, not a document.
 */
@PmoTest
class StatusReportPdfTest {

	static final String ARABIC_ACHIEVEMENTS = "اكتمل تصميم بوابة الخدمات";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ReportingFixtures reporting;

	@Test
	void theReportsPdfReadsBackInEnglishAndInArabic() throws Exception {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		var project = scene.project(scene.portfolio().id(), Classification.PUBLIC,
				d -> PortfolioScene.withManager(d, pm.id()));
		long id = this.reporting.draft(pm, project.id(), java.time.LocalDate.of(2026, 8, 31));
		this.mvc
			.perform(patch("/api/v1/status-reports/" + id).with(this.people.as(pm))
				.with(csrf())
				.header("If-Match", "\"" + this.reporting.version(pm, id) + "\"")
				.contentType("application/json")
				.content("{\"achievements\":\"Design of the portal signed off. " + ARABIC_ACHIEVEMENTS
						+ "\",\"nextSteps\":\"Échéance: build the border check\"}"))
			.andExpect(status().isOk());

		String english = text(pdf(pm, id, "en"), "status-report-pdf-english.png");
		assertThat(english).contains("Status report · " + project.code())
			.contains("Health")
			.contains("Achievements")
			.contains("Design of the portal signed off")
			.contains("Échéance: build the border check")
			.contains(ARABIC_ACHIEVEMENTS);
		String arabic = text(pdf(pm, id, "ar"), "status-report-pdf-arabic.png");
		assertThat(arabic).contains("تقرير الحالة").contains("الإنجازات").contains(ARABIC_ACHIEVEMENTS);

		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/api/v1/status-reports/" + id + "/pdf").with(this.people.as(stranger)))
			.andExpect(status().isNotFound());
	}

	private byte[] pdf(PersonSummary reader, long id, String language) throws Exception {
		return this.mvc
			.perform(get("/api/v1/status-reports/" + id + "/pdf").with(this.people.as(reader))
				.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("status-report-2026-08-31.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(byte[] pdf, String png) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			ImageIO.write(image, "png", folder.resolve(png).toFile());
			return new PDFTextStripper().getText(document);
		}
	}

}
