package org.agilepmo.meetings.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Minutes in Markdown as HTML safe to put in a page, as comments are: commonmark-java
 * escapes raw HTML and drops unsafe link schemes, then the OWASP sanitizer keeps only
 * formatting elements and links to http(s) and mail addresses.
 */
public final class MinutesRendering {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3",
				"h4", "h5", "h6", "hr", "a", "table", "thead", "tbody", "tr", "th", "td")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.toFactory();

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private MinutesRendering() {
	}

	public static String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
