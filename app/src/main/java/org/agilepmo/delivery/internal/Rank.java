package org.agilepmo.delivery.internal;

/**
 * Ranks that order a backlog: strings over {@code 0-9a-z} compared character by
 * character, so that moving one item writes that item's row only and two people moving
 * different items never touch the same row (fractional indexing, as described by Evan
 * Wallace, "Realtime editing of ordered sequences", 2017). A generated rank never ends in
 * {@code 0}, so there is always room before it.
 */
public final class Rank {

	static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

	private static final int BASE = DIGITS.length();

	/** Past this length the service spreads the squad's ranks out again. */
	public static final int REBALANCE_LENGTH = 40;

	private Rank() {
	}

	/**
	 * A rank strictly between the two; {@code null} stands for the start or the end of
	 * the list.
	 */
	public static String between(String before, String after) {
		String a = (before == null) ? "" : before;
		if (after != null && a.compareTo(after) >= 0) {
			throw new IllegalArgumentException("rank '" + before + "' is not before '" + after + "'");
		}
		String b = after;
		StringBuilder out = new StringBuilder();
		for (int i = 0;; i++) {
			int da = (i < a.length()) ? digit(a.charAt(i)) : 0;
			int db = (b == null) ? BASE : ((i < b.length()) ? digit(b.charAt(i)) : 0);
			if (db - da > 1) {
				out.append(DIGITS.charAt((da + db) / 2));
				return out.toString();
			}
			out.append(DIGITS.charAt(da));
			if (da < db) {
				b = null;
			}
		}
	}

	/** {@code count} ranks in order, evenly spread and all of the same length. */
	public static String[] evenly(int count) {
		int width = 1;
		long room = BASE;
		while (room <= count) {
			room *= BASE;
			width++;
		}
		long step = room / (count + 1L);
		String[] ranks = new String[count];
		for (int i = 0; i < count; i++) {
			long value = step * (i + 1L);
			char[] chars = new char[width];
			for (int c = width - 1; c >= 0; c--) {
				chars[c] = DIGITS.charAt((int) (value % BASE));
				value /= BASE;
			}
			ranks[i] = trimZeros(new String(chars));
		}
		return ranks;
	}

	private static String trimZeros(String rank) {
		int end = rank.length();
		while (end > 1 && rank.charAt(end - 1) == '0') {
			end--;
		}
		return rank.substring(0, end);
	}

	private static int digit(char c) {
		int d = DIGITS.indexOf(c);
		if (d < 0) {
			throw new IllegalArgumentException("'" + c + "' is not a rank digit");
		}
		return d;
	}

}
