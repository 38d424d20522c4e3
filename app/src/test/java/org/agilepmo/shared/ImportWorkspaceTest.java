package org.agilepmo.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import workspace under low limits (512 KB unpacked, 5 entries, 100 to 1, 1 KB of
 * text), so that every bound is reached with small files: each refusal names the file and
 * the limit, stops the unpacking, and leaves the workspace empty.
 */
class ImportWorkspaceTest {

	final ImportWorkspace workspace = new ImportWorkspace(
			new ImportLimits(DataSize.ofKilobytes(512), 5, 100, DataSize.ofKilobytes(1)));

	@AfterEach
	void nothingIsLeftBehind() {
		assertThat(this.workspace.root()).isEmptyDirectory();
		this.workspace.destroy();
		assertThat(this.workspace.root()).doesNotExist();
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
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

	static byte[] noise(int size) {
		byte[] bytes = new byte[size];
		new Random(7).nextBytes(bytes);
		return bytes;
	}

	@Test
	void filesWithinTheLimitsAreGivenToTheReaderAndRemovedAfterwards() {
		byte[] zip = zip(
				Map.of("plan.xml", "<Project/>".getBytes(StandardCharsets.UTF_8), "sub/notes.txt", noise(1000)));
		long files = this.workspace.unpacked("plan.zip", zip, folder -> {
			assertThat(folder.resolve("plan.xml")).hasContent("<Project/>");
			try (var walk = Files.walk(folder)) {
				return walk.filter(Files::isRegularFile).count();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(files).isEqualTo(2);
	}

	@Test
	void unpackingStopsAtTheUnpackedSizeLimit() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("a.bin", noise(300 * 1024));
		entries.put("b.bin", noise(300 * 1024));
		Path[] seen = new Path[1];
		assertThatThrownBy(() -> this.workspace.unpacked("big.zip", zip(entries), folder -> seen[0] = folder))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.messageKey()).isEqualTo("import.limit.unpacked");
				assertThat(ex.getMessage()).isEqualTo("big.zip unpacks to more than 512 KB");
			});
		assertThat(seen[0]).as("the reader never ran").isNull();
	}

	@Test
	void unpackingStopsAtTheEntryLimit() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 6; i++) {
			entries.put("f" + i, new byte[] { 1 });
		}
		assertThatThrownBy(() -> this.workspace.unpacked("many.zip", zip(entries), folder -> folder))
			.hasMessage("many.zip holds more than 5 files");
	}

	@Test
	void aHighlyCompressedEntryIsRefusedBeforeItIsUnpacked() {
		byte[] bomb = zip(Map.of("zeros", new byte[8 * 1024 * 1024]));
		assertThat(bomb.length).isLessThan(20_000);
		ImportWorkspace generous = new ImportWorkspace(
				new ImportLimits(DataSize.ofGigabytes(1), 5, 100, DataSize.ofKilobytes(1)));
		try {
			assertThatThrownBy(() -> generous.unpacked("bomb.zip", bomb, folder -> folder))
				.isInstanceOfSatisfying(RuleViolationException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("import.limit.ratio"))
				.hasMessageContaining("more than 100 to 1");
			assertThat(generous.root()).isEmptyDirectory();
		}
		finally {
			generous.destroy();
		}
	}

	@Test
	void anEntryNamedOutsideTheFolderIsRefused() {
		assertThatThrownBy(() -> this.workspace.unpacked("slip.zip", zip(Map.of("../../evil.txt", new byte[] { 1 })),
				folder -> folder))
			.hasMessageContaining("outside its own folder");
	}

	@Test
	void anArchiveInsideTheArchiveIsRefused() {
		byte[] inner = zip(Map.of("plan.xml", new byte[] { '<' }));
		assertThatThrownBy(
				() -> this.workspace.unpacked("outer.zip", zip(Map.of("inner.zip", inner)), folder -> folder))
			.hasMessageContaining("inner.zip");
	}

	@Test
	void theReadersFailureStillRemovesTheFolder() {
		assertThatThrownBy(
				() -> this.workspace.unpacked("plan.zip", zip(Map.of("plan.xml", new byte[] { '<' })), folder -> {
					throw new IllegalStateException("cannot read it");
				}))
			.hasMessage("cannot read it");
	}

	@Test
	void textIsReadNoFurtherThanTheLimit() {
		assertThat(this.workspace.text("ok.csv", new ByteArrayInputStream(new byte[1024]))).hasSize(1024);
		assertThatThrownBy(() -> this.workspace.text("big.csv", new ByteArrayInputStream(new byte[1025])))
			.hasMessage("big.csv is larger than 1 KB, the most an import may read");
	}

	@Test
	void uploadsAreRecognisedByTheirFirstBytes() {
		assertThat(ImportWorkspace.isArchive(zip(Map.of("a", new byte[] { 1 })))).isTrue();
		assertThat(ImportWorkspace.isArchive("<Project/>".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(ImportWorkspace.isProgram("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
		assertThat(ImportWorkspace.isArchive(new byte[0])).isFalse();
	}

}
