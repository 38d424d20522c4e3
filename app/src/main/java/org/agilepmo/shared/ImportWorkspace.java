package org.agilepmo.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where importers read uploads within {@link ImportLimits}: text read no further than the
 * limit, and archives unpacked by us, with bounded streams, into a folder of this
 * application's own (never the shared temporary folder's root) that is deleted as soon as
 * the importer is done with it, whatever happened. A bound passed stops the reading at
 * once and answers a {@link RuleViolationException} on {@code file} that names the file
 * and the limit.
 */
@Component
@EnableConfigurationProperties(ImportLimits.class)
public class ImportWorkspace implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportWorkspace.class);

	private final ImportLimits limits;

	private final Path root;

	public ImportWorkspace(ImportLimits limits) {
		this.limits = limits;
		try {
			this.root = Files.createTempDirectory("agilepmo-import-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the import workspace", ex);
		}
	}

	public ImportLimits limits() {
		return this.limits;
	}

	/** The folder every unpacking happens in; empty between imports. */
	public Path root() {
		return this.root;
	}

	/** Whether the upload is a zip archive (after a byte-order mark, if any). */
	public static boolean isArchive(byte[] content) {
		return Sniffing.of(content, content.length) == Sniffing.ZIP;
	}

	/** Whether the upload is a program (a self-extracting archive, say). */
	public static boolean isProgram(byte[] content) {
		return Sniffing.of(content, content.length) == Sniffing.PROGRAM;
	}

	/**
	 * Unpacks the zip into a fresh folder within the limits, gives the folder to the
	 * reader, and deletes it afterwards, whether the reader succeeded or not.
	 */
	public <T> T unpacked(String fileName, byte[] zip, Function<Path, T> reader) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory(this.root, "unpack-");
			new BoundedUnzip(this.limits, fileName).unpack(zip, folder);
			return reader.apply(folder);
		}
		catch (IOException ex) {
			throw new RuleViolationException("file", "import.limit.unreadable",
					fileName + " cannot be unpacked (" + ex.getMessage() + ")", fileName,
					String.valueOf(ex.getMessage()));
		}
		finally {
			delete(folder);
		}
	}

	/**
	 * A text upload as UTF-8 without {@link BidiControls bidirectional controls}, refused
	 * as soon as it is larger than the text limit.
	 */
	public String text(String fileName, InputStream in) {
		long max = this.limits.maxTextSize().toBytes();
		try {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (bytes.length > max) {
				throw tooLarge(fileName, max);
			}
			return BidiControls.strip(new String(bytes, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new RuleViolationException("file", "import.limit.unreadable",
					fileName + " cannot be read (" + ex.getMessage() + ")", fileName, String.valueOf(ex.getMessage()));
		}
	}

	private static RuleViolationException tooLarge(String fileName, long max) {
		String limit = ImportLimits.inWords(max);
		return new RuleViolationException("file", "import.limit.tooLarge",
				fileName + " is larger than " + limit + ", the most an import may read", fileName, limit);
	}

	static void delete(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					log.warn("Could not delete {} after an import", path, ex);
				}
			});
		}
		catch (IOException ex) {
			log.warn("Could not delete {} after an import", folder, ex);
		}
	}

	@Override
	public void destroy() {
		delete(this.root);
	}

	/** What the first bytes of an upload say it is. */
	enum Sniffing {

		ZIP, PROGRAM, OTHER;

		static Sniffing of(byte[] head, int length) {
			int start = 0;
			if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
				start = 3;
			}
			else if (length >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
					|| ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
				start = 2;
			}
			if (length - start < 2) {
				return OTHER;
			}
			if (head[start] == 'P' && head[start + 1] == 'K') {
				return ZIP;
			}
			if (head[start] == 'M' && head[start + 1] == 'Z') {
				return PROGRAM;
			}
			return OTHER;
		}

	}

}
