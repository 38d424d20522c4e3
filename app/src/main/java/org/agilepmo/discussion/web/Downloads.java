package org.agilepmo.discussion.web;

import java.nio.charset.StandardCharsets;

import org.agilepmo.discussion.internal.Views.Download;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attached file as the response streams it, a chunk at a time: always as a download
 * ({@code Content-Disposition: attachment}, under its kept, safe name), typed by what its
 * bytes are, and never sniffed by the browser.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> of(Download download) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build());
		headers.setContentType(MediaType.parseMediaType(download.contentType()));
		headers.setContentLength(download.size());
		headers.set("X-Content-Type-Options", "nosniff");
		return ResponseEntity.ok().headers(headers).body(new InputStreamResource(download.content()));
	}

}
