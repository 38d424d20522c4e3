package org.agilepmo.delivery.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.agilepmo.delivery.internal.DeliveryAccess.Lens;

import org.springframework.stereotype.Component;

/**
 * Counts, sums and charts include only what the reader may see: this narrows items and
 * the item log to one reader's view before anything is added up. An item no longer in the
 * backlog (deleted) counts as hidden, since nothing says any more whom it is for.
 */
@Component
class VisibleItems {

	private final BacklogItems items;

	VisibleItems(BacklogItems items) {
		this.items = items;
	}

	/** The ids among these of the items the reader may not see. */
	Set<Long> hidden(Lens lens, Collection<Long> itemIds) {
		Set<Long> hidden = new HashSet<>(itemIds);
		if (hidden.isEmpty()) {
			return hidden;
		}
		for (BacklogItem item : this.items.findAllById(Set.copyOf(itemIds))) {
			if (lens.maySee(item)) {
				hidden.remove(item.id());
			}
		}
		return hidden;
	}

	/** The log's states of the items the reader may see. */
	List<ItemState> states(Lens lens, List<ItemState> states) {
		Set<Long> hidden = hidden(lens, states.stream().map(ItemState::itemId).toList());
		return hidden.isEmpty() ? states : states.stream().filter(s -> !hidden.contains(s.itemId())).toList();
	}

	/** The items the reader may see. */
	static List<BacklogItem> items(Lens lens, List<BacklogItem> items) {
		return items.stream().filter(lens::maySee).toList();
	}

}
