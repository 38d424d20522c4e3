package org.agilepmo.discussion.internal;

import org.agilepmo.shared.BidiControls;
import org.agilepmo.shared.RuleViolationException;

/**
 * The name an attached file is kept and downloaded under: the last part of what the
 * browser sent (never a path), without control characters, bidirectional controls (which
 * would show "gpj.exe" as "exe.jpg") or quotes, at most 200 characters.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	static String safe(String sent) {
		String name = (sent == null) ? "" : sent;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = BidiControls.strip(name.substring(slash + 1));
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && c != '"' && c != '\u2028' && c != '\u2029')
			.forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			throw new RuleViolationException("file", "discussion.attachment.noName", "Choose a file with a name");
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name;
	}

}
