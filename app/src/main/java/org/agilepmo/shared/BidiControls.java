package org.agilepmo.shared;

/**
 * The bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to
 * U+2069). Stored in a name, they make it display reversed or out of order in lists,
 * exports and other people's screens ("gpj.exe" shown as "exe.jpg"); right-to-left text
 * needs none of them (the marks U+200E and U+200F are kept).
 */
public final class BidiControls {

	private BidiControls() {
	}

	/** The text without bidirectional controls; {@code null} stays {@code null}. */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c)) {
				if (kept == null) {
					kept = new StringBuilder(text.length()).append(text, 0, i);
				}
			}
			else if (kept != null) {
				kept.append(c);
			}
		}
		return (kept == null) ? text : kept.toString();
	}

	public static boolean isControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
