package org.agilepmo.workspace.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as the search index compares it: lower-case, without accents or Arabic diacritics,
 * words made of letters and digits only, one space apart. The same folding serves both
 * databases and the query, so that "integration" finds "Intégration" and "كلمة" finds
 * "كَلِمَة".
 */
final class Words {

	/** Where a combining mark was: skipped inside a word, never a word break. */
	static final char MARK = '\u0000';

	private Words() {
	}

	/** The text folded, with a space before and after every word. */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(" ");
		for (String word : split(text)) {
			folded.append(word).append(' ');
		}
		return folded.toString();
	}

	/** The words of the text, folded, in order. */
	static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		String folded = foldCharacters(text);
		StringBuilder word = new StringBuilder();
		folded.codePoints().forEach(c -> {
			if (c == MARK) {
				return;
			}
			if (Character.isLetterOrDigit(c)) {
				word.appendCodePoint(c);
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		});
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	/**
	 * Each character folded on its own, so that positions in the text are kept; a
	 * combining mark becomes {@link #MARK}.
	 */
	static String foldCharacters(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
			if (Character.getType(base) == Character.NON_SPACING_MARK) {
				// a combining mark of its own (Arabic harakat, a decomposed accent):
				// dropped,
				// keeping the position
				folded.append(MARK);
			}
			else {
				folded.append(String.valueOf(base).toLowerCase(Locale.ROOT).charAt(0));
			}
		}
		return folded.toString();
	}

}
