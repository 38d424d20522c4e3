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
 * A plan of 5,500 activities (5,000 tasks in 500 summaries): the page draws a window of
 * rows in the table and in the chart (one SVG of plain elements, no script, as tall as
 * every row), whatever the plan's size, and the next windows come from {@code /window}.
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
	void fiveThousandActivitiesOpenAsAWindowAndTheNextRowsComeAsTheyAreScrolledTo() throws Exception {
		PortfolioScene scene = this.portfolioFixtures.scene();
		long project = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();
		this.mvc
			.perform(multipart("/api/v1/projects/" + project + "/plan/import")
				.file(new MockMultipartFile("file", "big.xml", "application/xml", PlanFiles.generatedMspdi(5000)))
				.with(this.identity.as(scene.officer())))
			.andExpect(status().isOk());
		String body = this.mvc.perform(get("/projects/" + project + "/plan").with(this.identity.as(scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The chart is the page's one SVG with rows (the header's icons are SVGs too).
		int chartStart = body.indexOf("<svg");
		while (!body.substring(chartStart, body.indexOf('>', chartStart)).contains("data-rows=")) {
			chartStart = body.indexOf("<svg", chartStart + 1);
		}
		String svg = body.substring(chartStart, body.indexOf("</svg>", chartStart));
		assertThat(count(svg, "<g class=\"g-row")).isEqualTo(32);
		assertThat(svg).contains("data-rows=\"5500\"").contains("height=\"" + (40 + 5500 * 22 + 10) + "\"");
		assertThat(svg).doesNotContain("<script").doesNotContain(" on");
		String table = body.substring(body.indexOf("<table class=\"table table-sm wbs-table\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(count(table, "<tr id=\"activity-")).isEqualTo(32);
		assertThat(table).contains("aria-rowcount=\"5501\"");
		assertThat(body).contains("5,500 of 5,500 activities shown");
		assertThat(body.length()).isLessThan(300_000);

		var window = this.mvc
			.perform(get("/projects/" + project + "/plan/window?from=3000&count=50&part=table")
				.with(this.identity.as(scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String rows = window.getContentAsString();
		assertThat(window.getHeader("X-Plan-Rows")).isEqualTo("5500");
		assertThat(count(rows, "<tr id=\"activity-")).isEqualTo(50);
		assertThat(rows).contains("aria-rowindex=\"3002\"").contains("height:" + 3000 * 40 + "px");
		String chart = this.mvc
			.perform(get("/projects/" + project + "/plan/window?from=3000&count=50&part=gantt")
				.with(this.identity.as(scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(chart, "<g class=\"g-row")).isEqualTo(50);
		assertThat(chart).contains("data-from=\"3000\"");

		String critical = this.mvc
			.perform(get("/projects/" + project + "/plan?show=CRITICAL").with(this.identity.as(scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(critical).doesNotContain("data-critical=\"false\"");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
