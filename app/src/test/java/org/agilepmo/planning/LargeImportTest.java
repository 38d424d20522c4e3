package org.agilepmo.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.zip.GZIPOutputStream;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports are bounded by what the administrator sets, not by a fixed size: here at most
 * 300 tasks and 2 MB per upload. A gzipped file is imported; a file of more tasks, or a
 * larger upload, is refused with a 422 naming the limit in words; a file sent as base64
 * inside JSON that is longer than the JSON reader takes answers 413 saying how to send it
 * instead. Nothing received is left on disk.
 */
@PmoTest
@TestPropertySource(properties = { "pmo.import.max-tasks=300", "pmo.import.max-upload-size=2MB" })
class LargeImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ImportWorkspace workspace;

	PortfolioScene scene;

	long project;

	@BeforeEach
	void scene() {
		this.scene = this.portfolioFixtures.scene();
		this.project = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
	}

	@Test
	void aGzippedFileIsImportedAndNothingIsLeftBehind() throws Exception {
		this.mvc.perform(multipart("/api/v1/projects/" + this.project + "/plan/import")
			.file(new MockMultipartFile("file", "plan.xml.gz", "application/gzip", gzip(PlanFiles.generatedMspdi(200))))
			.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activityCount").value(220));
		try (var left = Files.list(this.workspace.root())) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void moreTasksThanTheAdministratorAllowsAreRefusedNamingTheLimit() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/projects/" + this.project + "/plan/import")
				.file(new MockMultipartFile("file", "big.xml", "application/xml", PlanFiles.generatedMspdi(400)))
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message",
					allOf(containsString("big.xml holds 440 tasks"), containsString("at most 300"))));
	}

	@Test
	void aLargerUploadIsRefusedNamingTheLimitInWords() throws Exception {
		byte[] large = PlanFiles.generatedMspdi(2000);
		assertThat(large.length).isGreaterThan(2 * 1024 * 1024);
		this.mvc
			.perform(multipart("/api/v1/projects/" + this.project + "/plan/import")
				.file(new MockMultipartFile("file", "large.xml", "application/xml", large))
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message",
					allOf(containsString("large.xml is larger than 2 MB"), not(containsString("bytes")))));
		try (var left = Files.list(this.workspace.root())) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void aFileTooLongForJsonIsToldToComeAsMultipart() throws Exception {
		int longest = tools.jackson.core.StreamReadConstraints.defaults().getMaxStringLength();
		StringBuilder json = new StringBuilder(longest + 100);
		json.append("{\"fileName\":\"plan.xml\",\"content\":\"");
		json.append("A".repeat(longest + 4));
		json.append("\"}");
		this.mvc
			.perform(post("/api/v1/projects/" + this.project + "/plan/import").contentType(MediaType.APPLICATION_JSON)
				.content(json.toString())
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail", allOf(containsString("multipart"), not(containsString("not valid JSON")))));
	}

	private static byte[] gzip(byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(content);
		}
		return out.toByteArray();
	}

}
