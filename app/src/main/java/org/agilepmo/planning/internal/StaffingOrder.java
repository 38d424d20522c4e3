package org.agilepmo.planning.internal;

import java.util.Collection;
import java.util.Comparator;

/**
 * External IDs in the order people expect: numbers by value (2 before 10), then other
 * texts alphabetically; and the next free number for a resource created here.
 */
final class StaffingOrder {

	static final Comparator<String> EXTERNAL_IDS = (a, b) -> {
		Long x = number(a);
		Long y = number(b);
		if (x != null && y != null) {
			return Long.compare(x, y);
		}
		if (x != null) {
			return -1;
		}
		if (y != null) {
			return 1;
		}
		return a.compareTo(b);
	};

	private StaffingOrder() {
	}

	/** One more than the largest number among the IDs (1 when there is none). */
	static String nextFree(Collection<String> externalIds) {
		long max = 0;
		for (String id : externalIds) {
			Long n = number(id);
			if (n != null) {
				max = Math.max(max, n);
			}
		}
		return String.valueOf(max + 1);
	}

	/** The ID as a number, when it is digits only and fits. */
	static Long number(String externalId) {
		if (externalId == null || externalId.isEmpty() || externalId.length() > 18) {
			return null;
		}
		for (int i = 0; i < externalId.length(); i++) {
			if (!Character.isDigit(externalId.charAt(i))) {
				return null;
			}
		}
		return Long.valueOf(externalId);
	}

}
