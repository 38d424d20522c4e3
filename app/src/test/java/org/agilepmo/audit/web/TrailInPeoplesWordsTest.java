package org.agilepmo.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail names what was done and to what in the reader's language: a translated
 * action, the object's name when the reader may see it, and only its kind when not.
 */
class TrailInPeoplesWordsTest {

	final TrailWords words = new TrailWords(messages(), ObjectDirectories.of(List.of(new Projects())));

	final Actor reader = new Actor(7L, "auditor", "Claire Dubois", ScreeningLevel.ENHANCED, Set.of());

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aVisibleProjectIsNamedAndItsActionTranslated() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		TrailWords.Line line = this.words.lines(List.of(entry("project.updated", "project", "1")), this.reader).get(0);
		assertThat(line.action()).isEqualTo("Project updated");
		assertThat(line.kind()).isEqualTo("Project");
		assertThat(line.name()).isEqualTo("INFRA-DC · Data centre");
		assertThat(line.link()).isEqualTo("/projects/1");
	}

	@Test
	void aHiddenObjectIsNamedByItsKindOnly() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		TrailWords.Line line = this.words.lines(List.of(entry("project.stage-changed", "project", "2")), this.reader)
			.get(0);
		assertThat(line.action()).isEqualTo("Projet : changement de phase");
		assertThat(line.kind()).isEqualTo("Projet");
		assertThat(line.name()).isNull();
		assertThat(line.link()).isNull();
	}

	@Test
	void everyKindTheFilterOffersHasANameInEachLanguage() {
		for (String language : List.of("en", "fr", "es", "ar")) {
			LocaleContextHolder.setLocale(Locale.of(language));
			assertThat(this.words.kinds())
				.allSatisfy(k -> assertThat(k.label()).isNotEqualTo(k.value()).doesNotContain("-").isNotBlank());
		}
		LocaleContextHolder.setLocale(Locale.of("ar"));
		assertThat(this.words.action("delivery-item.moved", "delivery-item")).isEqualTo("عنصر قائمة الأعمال: نقل");
	}

	private static AuditEntryView entry(String action, String kind, String id) {
		return new AuditEntryView(1, Instant.parse("2026-12-01T08:00:00Z"), "pm.amina", action, kind, id, "PUBLIC",
				null, null, null, "hash");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages", "i18n/audit");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** Project 1 is visible to the reader; project 2 exists but is not. */
	static final class Projects implements ObjectDirectory {

		@Override
		public Set<String> kinds() {
			return Set.of("project");
		}

		@Override
		public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
			return ref.id() == 1
					? Optional
						.of(new ObjectCard(ref, "Data centre", "INFRA-DC", "/projects/1", 1L, Classification.PUBLIC))
					: Optional.empty();
		}

		@Override
		public boolean mayAttach(ObjectRef ref, Actor actor) {
			return false;
		}

		@Override
		public Optional<SearchText> searchText(ObjectRef ref) {
			return Optional.empty();
		}

		@Override
		public Stream<ObjectRef> all(String kind) {
			return Stream.empty();
		}

	}

}
