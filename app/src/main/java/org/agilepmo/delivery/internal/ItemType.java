package org.agilepmo.delivery.internal;

import java.util.Set;

/**
 * The kinds of backlog item, from the largest to the smallest, and who may parent whom.
 */
public enum ItemType {

	EPIC, FEATURE, STORY, TASK, BUG;

	/** The types an item of this type may have as its parent. */
	public Set<ItemType> allowedParents() {
		return switch (this) {
			case EPIC -> Set.of();
			case FEATURE -> Set.of(EPIC);
			case STORY, BUG -> Set.of(EPIC, FEATURE);
			case TASK -> Set.of(EPIC, FEATURE, STORY, BUG);
		};
	}

	/**
	 * Whether items of this type are worked on the board (epics and features are not).
	 */
	public boolean onBoard() {
		return this != EPIC && this != FEATURE;
	}

}
