package org.agilepmo.shared;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip as a stream, counting as it goes, and stops at the first bound passed:
 * more entries than allowed, more unpacked bytes than allowed, an entry compressed more
 * than allowed (measured against the packed bytes actually consumed, not the sizes the
 * archive claims), an entry named outside the folder, or an archive inside the archive
 * (which the schedule reader would otherwise unpack without bounds).
 */
final class BoundedUnzip {

	private final ImportLimits limits;

	private final String fileName;

	BoundedUnzip(ImportLimits limits, String fileName) {
		this.limits = limits;
		this.fileName = fileName;
	}

	void unpack(byte[] zip, Path folder) throws IOException {
		int offset = bomLength(zip);
		unpack(new ByteArrayInputStream(zip, offset, zip.length - offset), folder);
	}

	/** Unpacks a zip read from the stream (after any byte-order mark). */
	void unpack(InputStream zip, Path folder) throws IOException {
		Counting packed = new Counting(zip);
		long maxBytes = this.limits.maxUnpackedSize().toBytes();
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream in = new ZipInputStream(packed)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries++;
				if (entries > this.limits.maxEntries()) {
					throw refusal("import.limit.entries", "holds more than " + this.limits.maxEntries() + " files",
							this.limits.maxEntries());
				}
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder) || target.equals(folder)) {
					throw refusal("import.limit.unsafeName",
							"holds a file named " + entry.getName() + " outside its own folder", entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				long packedAtStart = packed.count;
				long entryBytes = 0;
				byte[] head = new byte[8];
				int headLength = 0;
				try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						entryBytes += n;
						total += n;
						if (total > maxBytes) {
							String limit = ImportLimits.inWords(maxBytes);
							throw refusal("import.limit.unpacked", "unpacks to more than " + limit, limit);
						}
						long packedBytes = Math.max(1, packed.count - packedAtStart);
						if (entryBytes > ImportLimits.RATIO_GRACE_BYTES
								&& entryBytes / packedBytes >= this.limits.maxCompressionRatio()) {
							throw refusal("import.limit.ratio",
									"is compressed more than " + this.limits.maxCompressionRatio() + " to 1 ("
											+ entry.getName() + ")",
									this.limits.maxCompressionRatio(), entry.getName());
						}
						while (headLength < head.length && headLength < entryBytes) {
							head[headLength] = buffer[headLength - (int) (entryBytes - n)];
							headLength++;
						}
						out.write(buffer, 0, n);
					}
				}
				ImportWorkspace.Sniffing kind = ImportWorkspace.Sniffing.of(head, headLength);
				if (kind != ImportWorkspace.Sniffing.OTHER) {
					throw refusal("import.limit.nested", "holds an archive or program (" + entry.getName() + ")",
							entry.getName());
				}
			}
		}
		if (entries == 0) {
			throw new IOException("no entries");
		}
	}

	/**
	 * Unpacks a gzip stream into one file, with the same bounds as an archive's entry:
	 * the unpacked size, the compression ratio, and no archive or program inside.
	 */
	void gunzip(InputStream gz, Path target) throws IOException {
		Counting packed = new Counting(gz);
		long maxBytes = this.limits.maxUnpackedSize().toBytes();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		byte[] head = new byte[8];
		int headLength = 0;
		try (InputStream in = new java.util.zip.GZIPInputStream(packed, 64 * 1024);
				OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				total += n;
				if (total > maxBytes) {
					String limit = ImportLimits.inWords(maxBytes);
					throw refusal("import.limit.unpacked", "unpacks to more than " + limit, limit);
				}
				if (total > ImportLimits.RATIO_GRACE_BYTES
						&& total / Math.max(1, packed.count) >= this.limits.maxCompressionRatio()) {
					throw refusal("import.limit.ratio",
							"is compressed more than " + this.limits.maxCompressionRatio() + " to 1 ("
									+ target.getFileName() + ")",
							this.limits.maxCompressionRatio(), String.valueOf(target.getFileName()));
				}
				while (headLength < head.length && headLength < total) {
					head[headLength] = buffer[headLength - (int) (total - n)];
					headLength++;
				}
				out.write(buffer, 0, n);
			}
		}
		ImportWorkspace.Sniffing kind = ImportWorkspace.Sniffing.of(head, headLength);
		if (kind != ImportWorkspace.Sniffing.OTHER) {
			throw refusal("import.limit.nested", "holds an archive or program (" + target.getFileName() + ")",
					String.valueOf(target.getFileName()));
		}
	}

	private RuleViolationException refusal(String key, String what, Object... arguments) {
		Object[] all = new Object[arguments.length + 1];
		all[0] = this.fileName;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return new RuleViolationException("file", key, this.fileName + " " + what, all);
	}

	private static int bomLength(byte[] zip) {
		if (zip.length >= 3 && (zip[0] & 0xFF) == 0xEF && (zip[1] & 0xFF) == 0xBB && (zip[2] & 0xFF) == 0xBF) {
			return 3;
		}
		if (zip.length >= 2 && (((zip[0] & 0xFF) == 0xFE && (zip[1] & 0xFF) == 0xFF)
				|| ((zip[0] & 0xFF) == 0xFF && (zip[1] & 0xFF) == 0xFE))) {
			return 2;
		}
		return 0;
	}

	/** Counts the packed bytes the unzipping has consumed. */
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}
