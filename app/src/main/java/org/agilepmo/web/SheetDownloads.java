package org.agilepmo.web;

import java.nio.charset.StandardCharsets;

import org.agilepmo.shared.SheetWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list exported as a file download: the shared kernel's {@link SheetWriter} in the
 * format asked for, with its media type and a file name ({@code projects.xlsx}). Every
 * module's export endpoint answers through here, so that all of them name, type and write
 * their files the same way.
 */
public final class SheetDownloads {

	private SheetDownloads() {
	}

	/**
	 * The table as a download; {@code format} as the request names it ({@code xlsx},
	 * {@code csv}; XLSX when absent), anything else answers 422 on {@code format}.
	 */
	public static ResponseEntity<byte[]> of(String format, String baseName, SheetWriter.Table table) {
		return of(SheetWriter.Format.of(format), baseName, table);
	}

	public static ResponseEntity<byte[]> of(SheetWriter.Format format, String baseName, SheetWriter.Table table) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(baseName + "." + format.extension(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.body(SheetWriter.write(format, table));
	}

}
