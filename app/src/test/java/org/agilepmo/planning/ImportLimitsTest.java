package org.agilepmo.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an import may unpack or read is bounded: a zip bomb (one highly compressible
 * entry), a zip of too many entries, a zip inside a zip and a CSV larger than the limit
 * are refused early with a 422 naming the file and the limit, in the reader's language on
 * the pages; a zip holding a project file is imported. Either way nothing unpacked is
 * left behind.
 */
@PmoTest
class ImportLimitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ImportWorkspace workspace;

	PortfolioScene scene;

	long project;

	@BeforeEach
	void scene() {
		this.scene = this.portfolioFixtures.scene();
		this.project = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * One entry of {@code megabytes} MiB of spaces: it deflates about a thousand to one.
	 */
	static byte[] bomb(int megabytes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("plan.xml"));
			byte[] chunk = new byte[1024 * 1024];
			java.util.Arrays.fill(chunk, (byte) ' ');
			for (int i = 0; i < megabytes; i++) {
				zip.write(chunk);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	ResultActions importInto(String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/v1/projects/" + this.project + "/plan/import")
			.file(new MockMultipartFile("file", name, "application/zip", content))
			.with(this.identity.as(this.scene.officer())));
	}

	@Test
	void aZipBombIsRefusedEarlyNamingTheFileAndTheLimit() throws Exception {
		byte[] bomb = bomb(64);
		assertThat(bomb.length).isLessThan(200_000);
		importInto("bomb.zip", bomb).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("bomb.zip"), containsString("100 to 1"))));
		assertThat(this.workspace.root()).as("nothing unpacked is left").isEmptyDirectory();
	}

	@Test
	void aZipOfTooManyEntriesIsRefused() throws Exception {
		Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 150; i++) {
			entries.put("part-" + i + ".txt", new byte[] { 'x' });
		}
		importInto("many.zip", zip(entries)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("many.zip"), containsString("100 files"))));
		assertThat(this.workspace.root()).isEmptyDirectory();
	}

	@Test
	void aZipInsideAZipIsRefused() throws Exception {
		byte[] inner = zip(Map.of("plan.xml", PlanFiles.oneTaskMspdi()));
		importInto("outer.zip", zip(Map.of("inner.zip", inner))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("outer.zip"), containsString("inner.zip"))));
		assertThat(this.workspace.root()).isEmptyDirectory();
	}

	@Test
	void aZipHoldingAProjectFileIsImported() throws Exception {
		importInto("plan.zip", zip(Map.of("plan.xml", PlanFiles.generatedMspdi(12)))).andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/projects/" + this.project + "/plan/activities")
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(14));
		assertThat(this.workspace.root()).as("nothing unpacked is left").isEmptyDirectory();
	}

	@Test
	void thePlanPageNamesTheLimitInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(multipart("/projects/" + this.project + "/plan/import")
				.file(new MockMultipartFile("file", "bombe.zip", "application/zip", bomb(16)))
				.with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.locale(Locale.FRENCH))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("outcome"))).contains("bombe.zip",
					"100 pour 1"));
	}

	@Test
	void aCsvLargerThanTheLimitIsRefusedNamingTheLimit() throws Exception {
		DeliveryScene delivery = new DeliveryScene(this.identity, this.organisation);
		StringBuilder csv = new StringBuilder("Summary,Issue Type,Description\nBig,Story,\"");
		csv.append("x".repeat(11 * 1024 * 1024)).append("\"\n");
		this.mvc
			.perform(post("/api/v1/squads/" + delivery.squadId() + "/backlog-items/import").contentType("text/csv")
				.content(csv.toString())
				.with(this.identity.as(delivery.squadMember())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("10 MB")));
	}

}
