package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The latest state of each item at a moment, from the item log. */
final class Replay {

	private final Map<Long, List<ItemState>> byItem = new LinkedHashMap<>();

	Replay(List<ItemState> states) {
		List<ItemState> sorted = new ArrayList<>(states);
		sorted.sort(Comparator.comparing(ItemState::at));
		for (ItemState s : sorted) {
			this.byItem.computeIfAbsent(s.itemId(), id -> new ArrayList<>()).add(s);
		}
	}

	/**
	 * Each item's last state strictly before {@code moment}; items not yet logged are
	 * absent.
	 */
	List<ItemState> before(Instant moment) {
		List<ItemState> latest = new ArrayList<>();
		for (List<ItemState> history : this.byItem.values()) {
			ItemState last = null;
			for (ItemState s : history) {
				if (!s.at().isBefore(moment)) {
					break;
				}
				last = s;
			}
			if (last != null) {
				latest.add(last);
			}
		}
		return latest;
	}

	Map<Long, List<ItemState>> histories() {
		return this.byItem;
	}

}
