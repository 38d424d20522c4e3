package org.agilepmo.planning;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan of 5,500 activities (5,000 tasks in 500 summaries): the Gantt chart is one SVG
 * of plain elements with every activity and no script, and the editable table is paged so
 * that the page stays a few megabytes.
 */
@PmoTest
class PlanPageAtScaleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Test
	void fiveThousandActivitiesMakeOneSimpleSvgAndAPagedTable() throws Exception {
		PortfolioScene scene = this.portfolioFixtures.scene();
		long project = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();
		this.mvc
			.perform(multipart("/api/v1/projects/" + project + "/plan/import")
				.file(new MockMultipartFile("file", "big.xml", "application/xml", PlanFiles.generatedMspdi(5000)))
				.with(this.identity.as(scene.officer())))
			.andExpect(status().isOk());
		String body = this.mvc
			.perform(get("/projects/" + project + "/plan?rows=3").with(this.identity.as(scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String svg = body.substring(body.indexOf("<svg"), body.indexOf("</svg>"));
		assertThat(count(svg, "<g class=\"g-row")).isEqualTo(5500);
		assertThat(svg).doesNotContain("<script").doesNotContain(" on");
		String table = body.substring(body.indexOf("<table class=\"table table-sm wbs-table\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(count(table, "<tr id=\"activity-")).isEqualTo(200);
		assertThat(body).contains("Rows 601 to 800 of 5,500");
		assertThat(body.length()).isLessThan(4_000_000);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
