package org.agilepmo.workspace.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the index and the query fold text: the same words whatever the accents or case. */
class WordsTest {

	@Test
	void accentsCaseAndPunctuationAreFolded() {
		assertThat(Words.split("Intégration — SYSTÈMES, phase-2 (Ñandú)")).containsExactly("integration", "systemes",
				"phase", "2", "nandu");
		assertThat(Words.fold("L'été")).isEqualTo(" l ete ");
	}

	@Test
	void arabicDiacriticsAreDroppedWithoutSplittingTheWord() {
		assertThat(Words.split("كَلِمَة مُشْكَلَة")).containsExactly("كلمة", "مشكلة");
	}

	@Test
	void aQueryHoldsOnlyLettersAndDigitsAndItsLastWordIsAPrefix() {
		assertThat(PostgresSearchIndex.query(Words.split("border & control:* | !x")))
			.isEqualTo("border & control & x:*");
	}

	@Test
	void theSnippetIsTakenAroundTheFirstWordFound() {
		String body = "a".repeat(300) + " the Intégration of systems " + "b".repeat(300);
		String snippet = SearchService.snippet(body, List.of("integration"));
		assertThat(snippet).startsWith("… ").contains("Intégration of systems").endsWith(" …");
		assertThat(SearchService.snippet("", List.of("x"))).isEmpty();
	}

}
