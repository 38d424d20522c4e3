package org.agilepmo.discussion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment's Markdown reaches the page as formatting only: raw HTML, event handlers and
 * script links never pass, links carry {@code rel="nofollow noopener"}, and a mention
 * shows the person's name.
 */
class CommentRenderingTest {

	static final PersonSummary ANA = new PersonSummary(7, "ana.lopez", "Ana López", ScreeningLevel.BASIC,
			Set.of(GlobalRole.MEMBER));

	final CommentRendering rendering = new CommentRendering(new OnePerson());

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Hi <img src=x onerror=alert(1)>",
			"[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "[x](java\tscript:alert(1))",
			"<a href=\"javascript:alert(1)\">x</a>", "![x](javascript:alert(1))", "<svg onload=alert(1)>",
			"<iframe src=//evil.example></iframe>", "[x](data:text/html;base64,PHNjcmlwdD4=)",
			"<div style=\"background:url(javascript:alert(1))\">x</div>",
			"`<script>` and <b onmouseover=alert(1)>b</b>", "[x](vbscript:msgbox(1))",
			"<<script>script>alert(1)<</script>/script>" })
	void nothingActiveReachesTheHtml(String markdown) {
		String html = this.rendering.html(markdown).toLowerCase(java.util.Locale.ROOT);

		List<String> tags = TAG.matcher(html).results().map(m -> m.group()).toList();
		assertThat(tags).allSatisfy(tag -> assertThat(tag).matches(SAFE_TAG));
		assertThat(tags).noneMatch(tag -> tag.contains("javascript:") || tag.contains("vbscript:")
				|| tag.contains("data:") || tag.contains("style="));
	}

	/** An element the browser would build (escaped text shows as &lt;, not as a tag). */
	static final Pattern TAG = Pattern.compile("<[^>]*>");

	static final String SAFE_TAG = "</?(p|em|strong|code|pre|ul|ol|li|span|a|br)( (class|href|rel)=\"[^\"]*\")*>";

	@Test
	void formattingAndSafeLinksPassWithNofollowNoopener() {
		String html = this.rendering.html("**bold** and *it*\n\n- one\n- two\n\n[site](https://example.org/a?b=c)");

		assertThat(html).contains("<strong>bold</strong>").contains("<em>it</em>").contains("<li>one</li>");
		assertThat(html).containsPattern(
				"<a href=\"https://example.org/a\\?b&#61;c\" rel=\"(nofollow noopener|noopener nofollow)\">site</a>");
	}

	@Test
	void aMentionShowsThePersonsNameLinkedToNothing() {
		String html = this.rendering.html("Thanks @ana.lopez. And @nobody-here too, mail ana@ana.lopez.org");

		assertThat(html).contains("<span class=\"mention\">&#64;Ana López</span>.");
		assertThat(html).contains("&#64;nobody-here").contains("ana&#64;ana.lopez.org");
		assertThat(html).doesNotContain("<a");
	}

	@Test
	void theUsernamesMentionedAreFoundOnceEach() {
		assertThat(CommentRendering.mentionedUsernames("@ana.lopez, @bo_b. @ana.lopez again; x@y.z"))
			.containsExactly("ana.lopez", "bo_b");
	}

	private static final class OnePerson implements People {

		@Override
		public Optional<PersonSummary> find(long id) {
			return id == ANA.id() ? Optional.of(ANA) : Optional.empty();
		}

		@Override
		public Optional<PersonSummary> findByUsername(String username) {
			return ANA.username().equals(username) ? Optional.of(ANA) : Optional.empty();
		}

		@Override
		public Map<Long, PersonSummary> findAll(Collection<Long> ids) {
			return ids.contains(ANA.id()) ? Map.of(ANA.id(), ANA) : Map.of();
		}

		@Override
		public List<PersonSummary> listEnabled() {
			return List.of(ANA);
		}

	}

}
