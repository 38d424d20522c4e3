package org.agilepmo.discussion.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * A comment's Markdown as HTML that is safe to put in a page, in two independent steps:
 * commonmark-java renders it with raw HTML escaped (never passed through) and unsafe link
 * schemes dropped, then the OWASP Java HTML Sanitizer keeps only formatting elements,
 * links to http(s) and mail addresses (with {@code rel="nofollow noopener"}), and the
 * mentions. A mention ({@code @username} of a person with an account) shows the person's
 * name, linked to nothing.
 */
@Component
class CommentRendering {

	/**
	 * {@code @username}, not inside a word or an e-mail address; a username's trailing
	 * dots or hyphens are the sentence's.
	 */
	static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([a-z0-9][a-z0-9._-]{2,59})");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2",
				"h3", "h4", "h5", "h6", "hr", "a", "span")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.allowAttributes("class")
		.matching(Pattern.compile("mention"))
		.onElements("span")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,6}"))
		.onElements("ol")
		.toFactory();

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.nodeRendererFactory(MentionRenderer::new)
		.build();

	private final People people;

	CommentRendering(People people) {
		this.people = people;
	}

	/** The usernames the text mentions, in order, each once (lower-cased). */
	static Set<String> mentionedUsernames(String markdown) {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = MENTION.matcher(markdown == null ? "" : markdown);
		while (m.find()) {
			names.add(trim(m.group(1)));
		}
		return names;
	}

	/** The people the text mentions who have an account. */
	Map<String, PersonSummary> mentionedPeople(String markdown) {
		Map<String, PersonSummary> found = new HashMap<>();
		for (String username : mentionedUsernames(markdown)) {
			this.people.findByUsername(username).ifPresent(p -> found.put(username, p));
		}
		return found;
	}

	/** The comment as safe HTML, with mentions of known people as their names. */
	public String html(String markdown) {
		Map<String, PersonSummary> mentioned = mentionedPeople(markdown);
		Node document = this.parser.parse(markdown == null ? "" : markdown);
		if (!mentioned.isEmpty()) {
			document.accept(new MentionFinder(mentioned));
		}
		return POLICY.sanitize(this.renderer.render(document));
	}

	private static String trim(String username) {
		String name = username;
		while (name.endsWith(".") || name.endsWith("-") || name.endsWith("_")) {
			name = name.substring(0, name.length() - 1);
		}
		return name;
	}

	/** Splits the text nodes around the mentions of known people. */
	private static final class MentionFinder extends AbstractVisitor {

		private final Map<String, PersonSummary> mentioned;

		MentionFinder(Map<String, PersonSummary> mentioned) {
			this.mentioned = mentioned;
		}

		@Override
		public void visit(Text text) {
			String literal = text.getLiteral();
			Matcher m = MENTION.matcher(literal);
			int last = 0;
			boolean split = false;
			while (m.find()) {
				String username = trim(m.group(1));
				PersonSummary person = this.mentioned.get(username);
				if (person == null) {
					continue;
				}
				int end = m.start(1) + username.length();
				if (m.start() > last) {
					text.insertBefore(new Text(literal.substring(last, m.start())));
				}
				text.insertBefore(new Mention(person.displayName()));
				last = end;
				split = true;
			}
			if (split) {
				if (last < literal.length()) {
					text.insertBefore(new Text(literal.substring(last)));
				}
				text.unlink();
			}
		}

	}

	static final class Mention extends CustomNode {

		private final String displayName;

		Mention(String displayName) {
			this.displayName = displayName;
		}

	}

	private static final class MentionRenderer implements NodeRenderer {

		private final HtmlWriter html;

		MentionRenderer(HtmlNodeRendererContext context) {
			this.html = context.getWriter();
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Mention.class);
		}

		@Override
		public void render(Node node) {
			this.html.tag("span", Map.of("class", "mention"));
			this.html.text("@" + ((Mention) node).displayName);
			this.html.tag("/span");
		}

	}

}
