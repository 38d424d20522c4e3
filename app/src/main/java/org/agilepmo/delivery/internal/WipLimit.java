package org.agilepmo.delivery.internal;

/** A board column's work-in-progress limit: no limit, or at most that many cards. */
public final class WipLimit {

	private WipLimit() {
	}

	/**
	 * Whether one more card may enter a column that already holds {@code cardsThere} (not
	 * counting the card being moved).
	 */
	public static boolean admitsOneMore(Integer limit, long cardsThere) {
		return limit == null || cardsThere < limit;
	}

}
