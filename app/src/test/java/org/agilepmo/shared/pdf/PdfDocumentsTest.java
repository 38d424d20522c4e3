package org.agilepmo.shared.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.agilepmo.testsupport.PmoTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document rendered from a Thymeleaf template is a PDF whose text reads back as
 * written: English, French and Spanish accents, and Arabic shaped, right to left, and
 * extracted in its logical order; only the embedded fonts are used, and nothing outside
 * the application is fetched.
 */
@PmoTest
class PdfDocumentsTest {

	static final String ARABIC_TITLE = "تقرير الحالة الشهري";

	static final String ARABIC_NOTE = "تأخر موعد التسليم بسبب نقص الموارد";

	@Autowired
	PdfDocuments documents;

	@Test
	void anEnglishDocumentKeepsItsAccentsAndItsArabicQuotation() throws IOException {
		byte[] pdf = this.documents.render("documents-test/specimen",
				model("Monthly status report", "Échéance dépassée; año fiscal; quotation: " + ARABIC_NOTE),
				Locale.ENGLISH);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Monthly status report")
				.contains("Produced on Jun 30, 2027")
				.contains("Échéance dépassée")
				.contains("año fiscal")
				.contains("1,250.5")
				.contains(ARABIC_NOTE);
			assertThat(fontsOf(document)).allSatisfy(font -> assertThat(font).contains("DejaVuSans"));
			writeFirstPage(document, "pdf-english.png");
		}
	}

	@Test
	void anArabicDocumentIsShapedRightToLeftAndReadsBackInLogicalOrder() throws IOException {
		byte[] pdf = this.documents.render("documents-test/specimen", model(ARABIC_TITLE, ARABIC_NOTE),
				Locale.of("ar"));

		String html = this.documents.html("documents-test/specimen", model(ARABIC_TITLE, ARABIC_NOTE), Locale.of("ar"));
		assertThat(html).contains("dir=\"rtl\"").contains("lang=\"ar\"");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(ARABIC_TITLE).contains(ARABIC_NOTE).contains("أُعدّ في").contains("1,250.5");
			assertThat(fontsOf(document)).allSatisfy(font -> assertThat(font).contains("DejaVuSans"));
			writeFirstPage(document, "pdf-arabic.png");
		}
	}

	@Test
	void aTemplateThatFailsNamesItself() {
		assertThatThrownBy(() -> this.documents.render("documents-test/no-such-template", Map.of(), Locale.ENGLISH))
			.isInstanceOf(PdfRenderingException.class)
			.hasMessageContaining("documents-test/no-such-template");
	}

	private static Map<String, Object> model(String title, String note) {
		Map<String, Object> rows = new LinkedHashMap<>();
		rows.put("Budget", 1250.5);
		rows.put("Milestones", 4);
		return Map.of("title", title, "note", note, "day", LocalDate.of(2027, 6, 30), "rows", rows.entrySet(),
				"itemHeader", "Item", "valueHeader", "Value");
	}

	private static java.util.List<String> fontsOf(PDDocument document) throws IOException {
		java.util.List<String> names = new java.util.ArrayList<>();
		for (var name : document.getPage(0).getResources().getFontNames()) {
			PDFont font = document.getPage(0).getResources().getFont(name);
			names.add(font.getName());
		}
		assertThat(names).as("fonts of the first page").isNotEmpty();
		return names;
	}

	private static void writeFirstPage(PDDocument document, String name) throws IOException {
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Path file = folder.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		assertThat(Files.size(file)).isPositive();
	}

}
