package org.agilepmo.knowledge.internal;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * A page's Markdown as safe HTML, the way comments are rendered: commonmark-java with raw
 * HTML escaped and unsafe link schemes dropped, then the OWASP Java HTML Sanitizer
 * keeping only formatting, tables' cells and links to http(s), mail addresses and the
 * platform's own pages. Before that, each {@code [[Page title]]} becomes a link to the
 * page of that title the reader may see, or stays as plain text (marked as missing) when
 * there is none.
 */
@Component
class PageRendering {

	static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]\\n]{1,200})\\]\\]");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2",
				"h3", "h4", "h5", "h6", "hr", "a", "span")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.allowAttributes("class")
		.matching(Pattern.compile("wiki-missing"))
		.onElements("span")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,6}"))
		.onElements("ol")
		.toFactory();

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/**
	 * The page as HTML; {@code resolve} answers the link of a visible page of that title,
	 * or {@code null}.
	 */
	String html(String markdown, Function<String, String> resolve) {
		String text = markdown == null ? "" : markdown;
		StringBuilder linked = new StringBuilder();
		Matcher m = WIKI_LINK.matcher(text);
		int missing = 0;
		while (m.find()) {
			String title = m.group(1).strip();
			String link = resolve.apply(title);
			String label = escapeMarkdown(title);
			m.appendReplacement(linked, Matcher
				.quoteReplacement(link == null ? "KBMISSING" + (missing++) + "X" : "[" + label + "](" + link + ")"));
		}
		m.appendTail(linked);
		String html = this.renderer.render(this.parser.parse(linked.toString()));
		if (missing > 0) {
			Matcher again = WIKI_LINK.matcher(text);
			int i = 0;
			while (again.find()) {
				String title = again.group(1).strip();
				if (resolve.apply(title) == null) {
					html = html.replace("KBMISSING" + i + "X",
							"<span class=\"wiki-missing\">" + escapeHtml(title) + "</span>");
					i++;
				}
			}
		}
		return POLICY.sanitize(html);
	}

	private static String escapeMarkdown(String text) {
		return text.replaceAll("([\\\\`*_{}()#+!|<>\\[\\]])", "\\\\$1");
	}

	private static String escapeHtml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
