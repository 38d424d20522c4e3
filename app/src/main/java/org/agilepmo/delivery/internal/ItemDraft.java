package org.agilepmo.delivery.internal;

import java.util.Set;

/** What a person writes about a backlog item. */
public record ItemDraft(ItemType type, String title, String description, String acceptanceCriteria, Integer storyPoints,
		Long parentId, Long projectId, String milestoneRef, String externalKey, Long releaseId, Set<String> labels) {

	public ItemDraft {
		labels = (labels == null) ? Set.of() : Set.copyOf(labels);
	}

	public static ItemDraft simple(ItemType type, String title, Integer points) {
		return new ItemDraft(type, title, null, null, points, null, null, null, null, null, Set.of());
	}

}
