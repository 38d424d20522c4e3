package org.agilepmo.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What any importer may read or unpack from one upload ({@code pmo.import.*}): the
 * unpacked size of an archive (generous, for plans of tens of thousands of tasks), the
 * number of files in it and how far each may be compressed (strict, because a zip bomb is
 * a small file that unpacks to an enormous one), and the size of a text upload such as a
 * CSV. Unset or non-positive values take the defaults.
 *
 * @param maxUnpackedSize the most all entries of an archive may unpack to
 * @param maxEntries the most entries (files and folders) an archive may hold
 * @param maxCompressionRatio the most an entry may be compressed (unpacked size to packed
 * size), once it is larger than {@link #RATIO_GRACE_BYTES}
 * @param maxTextSize the most a text upload may be
 */
@ConfigurationProperties("pmo.import")
public record ImportLimits(DataSize maxUnpackedSize, int maxEntries, int maxCompressionRatio, DataSize maxTextSize) {

	/**
	 * Small entries may be highly compressed without harm (a short, repetitive XML file);
	 * the ratio is checked once an entry is larger than this.
	 */
	public static final long RATIO_GRACE_BYTES = 1024 * 1024;

	public ImportLimits {
		maxUnpackedSize = (maxUnpackedSize == null || maxUnpackedSize.toBytes() <= 0) ? DataSize.ofMegabytes(256)
				: maxUnpackedSize;
		maxEntries = (maxEntries <= 0) ? 100 : maxEntries;
		maxCompressionRatio = (maxCompressionRatio <= 0) ? 100 : maxCompressionRatio;
		maxTextSize = (maxTextSize == null || maxTextSize.toBytes() <= 0) ? DataSize.ofMegabytes(10) : maxTextSize;
	}

	public static ImportLimits defaults() {
		return new ImportLimits(null, 0, 0, null);
	}

	/** A size as people write it: 256 MB, 512 KB, 300 bytes. */
	public static String inWords(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes >= 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " bytes";
	}

}
