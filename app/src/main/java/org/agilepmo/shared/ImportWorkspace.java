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

	/** Writes an upload to the file given (a multipart part moved to disk, say). */
	@FunctionalInterface
	public interface Upload {

		void writeTo(Path target) throws IOException;

	}

	/**
	 * Receives an upload on disk (never whole in memory) and gives the reader what it is:
	 * the file itself, the folder a zip was unpacked into, or the file a gzip was
	 * unpacked to, all within the limits. Everything is deleted afterwards, whether the
	 * reader succeeded or not. An upload larger than
	 * {@link ImportLimits#maxUploadSize()}, empty, or a program, is refused.
	 */
	public <T> T received(String fileName, Upload upload, Function<Path, T> reader) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory(this.root, "upload-");
			Path file = folder.resolve("upload");
			upload.writeTo(file);
			long size = Files.size(file);
			long max = this.limits.maxUploadSize().toBytes();
			if (size > max) {
				throw tooLarge(fileName, max);
			}
			if (size == 0) {
				throw new RuleViolationException("file", "import.limit.empty", fileName + " is empty", fileName);
			}
			byte[] head = new byte[8];
			int headLength;
			try (InputStream in = Files.newInputStream(file)) {
				headLength = in.readNBytes(head, 0, head.length);
			}
			Sniffing kind = Sniffing.of(head, headLength);
			if (kind == Sniffing.PROGRAM) {
				throw new RuleViolationException("file", "import.limit.program",
						fileName + " is a program, not a project file", fileName);
			}
			if (kind == Sniffing.ZIP) {
				Path unpacked = Files.createDirectory(folder.resolve("unpacked"));
				try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
					in.skipNBytes(bomLength(head, headLength));
					new BoundedUnzip(this.limits, fileName).unpack(in, unpacked);
				}
				Files.delete(file);
				return reader.apply(unpacked);
			}
			if (headLength >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
				Path unpacked = folder.resolve(gunzippedName(fileName));
				try (InputStream in = Files.newInputStream(file)) {
					new BoundedUnzip(this.limits, fileName).gunzip(in, unpacked);
				}
				Files.delete(file);
				return reader.apply(unpacked);
			}
			return reader.apply(file);
		}
		catch (IOException ex) {
			throw new RuleViolationException("file", "import.limit.unreadable",
					fileName + " cannot be read (" + ex.getMessage() + ")", fileName, String.valueOf(ex.getMessage()));
		}
		finally {
			delete(folder);
		}
	}

	/** An upload read from a stream, no further than the upload limit. */
	public <T> T received(String fileName, InputStream content, Function<Path, T> reader) {
		long max = this.limits.maxUploadSize().toBytes();
		return received(fileName, target -> {
			try (var out = Files.newOutputStream(target)) {
				byte[] buffer = new byte[64 * 1024];
				long total = 0;
				int n;
				while ((n = content.read(buffer)) > 0) {
					total += n;
					if (total > max) {
						throw tooLarge(fileName, max);
					}
					out.write(buffer, 0, n);
				}
			}
		}, reader);
	}

	/** The name of what a gzip holds: {@code plan.xml.gz} holds {@code plan.xml}. */
	private static String gunzippedName(String fileName) {
		String name = Path.of(fileName.replaceAll("[^A-Za-z0-9._-]", "_")).getFileName().toString();
		if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") && name.length() > 3) {
			name = name.substring(0, name.length() - 3);
		}
		return (name.isBlank() || name.startsWith(".")) ? "unpacked" : name;
	}

	private static int bomLength(byte[] head, int length) {
		if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return 3;
		}
		if (length >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
				|| ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
			return 2;
		}
		return 0;
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
