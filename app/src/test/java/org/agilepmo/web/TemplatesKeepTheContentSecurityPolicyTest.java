package org.agilepmo.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy allows scripts from the platform's own files only
 * ({@code script-src 'self'}): an inline event handler ({@code onclick="..."}) or an
 * inline script in a template would be silently blocked in the browser, leaving a button
 * that does nothing. Behaviour goes in {@code static/js}.
 */
class TemplatesKeepTheContentSecurityPolicyTest {

	private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=\\s*[\"']",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasAnInlineEventHandlerOrScript() throws IOException {
		Path templates = Paths.get("src/main/resources/templates");
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String[] lines = Files.readString(file).split("\n");
				for (int i = 0; i < lines.length; i++) {
					Matcher handler = INLINE_HANDLER.matcher(lines[i]);
					if (handler.find() || INLINE_SCRIPT.matcher(lines[i]).find()) {
						offences.add(templates.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
					}
				}
			}
		}
		assertThat(offences).as("inline scripts the CSP blocks").isEmpty();
	}

}
