package org.agilepmo.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * What any importer may read or unpack from one upload ({@code pmo.import.*}): the
 * unpacked size of an archive (generous, for plans of tens of thousands of tasks), the
 * number of files in it and how far each may be compressed (strict, because a zip bomb is
 * a small file that unpacks to an enormous one), and the size of a text upload such as a
 * CSV; and the size of one upload and the number of tasks a schedule may hold, generous
 * (a plan of 100,000 tasks is about 200 MB of MS Project XML). Unset or non-positive
 * values take the defaults.
 *
 * @param maxUnpackedSize the most all entries of an archive may unpack to
 * @param maxEntries the most entries (files and folders) an archive may hold
 * @param maxCompressionRatio the most an entry may be compressed (unpacked size to packed
 * size), once it is larger than {@link #RATIO_GRACE_BYTES}
 * @param maxTextSize the most a text upload may be
 * @param maxUploadSize the most one uploaded file may be, packed as it was sent
 * @param maxTasks the most tasks (summaries and milestones included) a schedule may hold
 */
@ConfigurationProperties("pmo.import")
public record ImportLimits(DataSize maxUnpackedSize, int maxEntries, int maxCompressionRatio, DataSize maxTextSize,
		DataSize maxUploadSize, int maxTasks) {

	/**
	 * Small entries may be highly compressed without harm (a short, repetitive XML file);
	 * the ratio is checked once an entry is larger than this.
	 */
	public static final long RATIO_GRACE_BYTES = 1024 * 1024;

	@ConstructorBinding
	public ImportLimits {
		maxUnpackedSize = (maxUnpackedSize == null || maxUnpackedSize.toBytes() <= 0) ? DataSize.ofMegabytes(512)
				: maxUnpackedSize;
		maxEntries = (maxEntries <= 0) ? 100 : maxEntries;
		maxCompressionRatio = (maxCompressionRatio <= 0) ? 100 : maxCompressionRatio;
		maxTextSize = (maxTextSize == null || maxTextSize.toBytes() <= 0) ? DataSize.ofMegabytes(10) : maxTextSize;
		maxUploadSize = (maxUploadSize == null || maxUploadSize.toBytes() <= 0) ? DataSize.ofMegabytes(512)
				: maxUploadSize;
		maxTasks = (maxTasks <= 0) ? 200_000 : maxTasks;
	}

	/**
	 * The limits of the first four kinds, with the default upload size and task count.
	 */
	public ImportLimits(DataSize maxUnpackedSize, int maxEntries, int maxCompressionRatio, DataSize maxTextSize) {
		this(maxUnpackedSize, maxEntries, maxCompressionRatio, maxTextSize, null, 0);
	}

	public static ImportLimits defaults() {
		return new ImportLimits(null, 0, 0, null, null, 0);
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
