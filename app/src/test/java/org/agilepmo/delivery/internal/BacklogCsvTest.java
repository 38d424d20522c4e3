package org.agilepmo.delivery.internal;

import java.util.List;
import java.util.Random;

import org.agilepmo.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacklogCsvTest {

	static final String JIRA = "\uFEFFIssue key,Summary,Issue Type,Status,Status Category,Custom field (Story point estimate),"
			+ "Labels,Labels,Labels,Description\r\n"
			+ "ABC-7,\"Multi-line, quoted\",Story,Code review,In Progress,8,ux,,a11y,\"First line\nsecond line\"\r\n";

	@Test
	void readsAJiraExportWithABomRepeatedLabelsAndQuotedLineBreaks() {
		List<BacklogCsv.Row> rows = BacklogCsv.read(JIRA);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.row()).isEqualTo(2);
			assertThat(row.key()).isEqualTo("ABC-7");
			assertThat(row.title()).isEqualTo("Multi-line, quoted");
			assertThat(row.points()).isEqualTo(8);
			assertThat(row.labels()).containsExactly("ux", "a11y");
			assertThat(row.description()).isEqualTo("First line\nsecond line");
			assertThat(row.category()).as("Status Category wins over an unknown status")
				.isEqualTo(Category.IN_PROGRESS);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Summary\nA\n", "Issue Type\nStory\n", "" })
	void aFileWithoutTheNeededColumnsIsRefusedAsAWhole(String csv) {
		assertThatThrownBy(() -> BacklogCsv.read(csv)).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("file");
	}

	@Test
	void anUnknownStatusNamesItsRowAndColumn() {
		assertThatThrownBy(() -> BacklogCsv.read("Summary,Issue Type,Status\nA,Story,Done\nB,Bug,Parked\n"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.field()).isEqualTo("row 3, column Status"));
	}

	/**
	 * Mangled files (bytes flipped, cut, quotes added) either read or are refused with a
	 * rule violation naming the file or a row: nothing else escapes the reader.
	 */
	@Test
	void mangledFilesAreReadOrRefusedButNeverCrashTheReader() {
		Random random = new Random(4);
		String alphabet = ",\"\n\r ;aZ9-.\u00e9\u0628";
		for (int round = 0; round < 5000; round++) {
			StringBuilder text = new StringBuilder(JIRA);
			int edits = 1 + random.nextInt(6);
			for (int e = 0; e < edits && !text.isEmpty(); e++) {
				int at = random.nextInt(text.length());
				switch (random.nextInt(3)) {
					case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
					case 1 -> text.deleteCharAt(at);
					default -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			try {
				BacklogCsv.read(text.toString());
			}
			catch (RuleViolationException ex) {
				assertThat(ex.field()).matches("file|row \\d+, column .+");
			}
		}
	}

}
