package org.agilepmo.discussion.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.agilepmo.shared.RuleViolationException;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

import org.springframework.stereotype.Component;

/**
 * Which files may be attached, read from their bytes with Apache Tika (its magic numbers,
 * refined by the file name only where the name names a more specific type of the same
 * family): the type a browser or the uploader claims is never trusted. An allow list, not
 * a deny list: documents, spreadsheets, presentations, PDF, images, plain text, CSV,
 * e-mails, XML and JSON. Programs, scripts, web pages, archives and macro-enabled office
 * files are refused, and so is a file whose name alone says it is one of those (a PDF
 * named {@code setup.exe}), since the name travels with the download.
 */
@Component
class FileTypes {

	static final Set<String> ALLOWED = Set.of("application/pdf", "text/plain", "text/csv", "text/tab-separated-values",
			"text/x-web-markdown", "text/x-log", "application/json", "application/xml", "text/xml", "message/rfc822",
			"application/vnd.ms-outlook", "application/rtf", "image/png", "image/jpeg", "image/gif", "image/webp",
			"image/tiff", "image/bmp", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/vnd.ms-project");

	private static final String UNKNOWN = MediaType.OCTET_STREAM.toString();

	private final Tika tika = new Tika();

	/**
	 * The type of the file's content, or a refusal naming the file when it may not be
	 * attached.
	 */
	String detect(InputStream content, String fileName) {
		String detected;
		try (InputStream in = new BufferedInputStream(content)) {
			in.mark(1);
			if (in.read() < 0) {
				throw new RuleViolationException("file", "discussion.attachment.empty", "The file is empty");
			}
			in.reset();
			detected = base(this.tika.detect(in, fileName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String byName = base(this.tika.detect(fileName));
		if (!ALLOWED.contains(detected) || (!byName.equals(UNKNOWN) && !ALLOWED.contains(byName))) {
			throw new FileTypeRefusedException(fileName, ALLOWED.contains(detected) ? byName : detected);
		}
		return detected;
	}

	private static String base(String type) {
		MediaType parsed = MediaType.parse(type);
		return (parsed == null) ? UNKNOWN : parsed.getBaseType().toString();
	}

}
