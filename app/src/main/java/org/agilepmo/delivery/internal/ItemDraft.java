package org.agilepmo.delivery.internal;

import java.util.Set;

/** What a person writes about a backlog item. */
public record ItemDraft(ItemType type, String title, String description, String acceptanceCriteria, Integer storyPoints,
		Long parentId, Long projectId, String milestoneRef, String externalKey, Long releaseId, Set<String> labels,
		Long assigneeId) {

	public ItemDraft {
		labels = (labels == null) ? Set.of() : Set.copyOf(labels);
	}

	/** A draft assigned to no one. */
	public ItemDraft(ItemType type, String title, String description, String acceptanceCriteria, Integer storyPoints,
			Long parentId, Long projectId, String milestoneRef, String externalKey, Long releaseId,
			Set<String> labels) {
		this(type, title, description, acceptanceCriteria, storyPoints, parentId, projectId, milestoneRef, externalKey,
				releaseId, labels, null);
	}

	/** The same draft, assigned to the person (or to no one). */
	public ItemDraft assignedTo(Long personId) {
		return new ItemDraft(this.type, this.title, this.description, this.acceptanceCriteria, this.storyPoints,
				this.parentId, this.projectId, this.milestoneRef, this.externalKey, this.releaseId, this.labels,
				personId);
	}

	public static ItemDraft simple(ItemType type, String title, Integer points) {
		return new ItemDraft(type, title, null, null, points, null, null, null, null, null, Set.of());
	}

}
