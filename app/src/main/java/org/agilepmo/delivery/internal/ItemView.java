package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A backlog item as pages and the API show it to one person. */
public record ItemView(long id, long version, long squadId, ItemType type, String title, String description,
		String acceptanceCriteria, Integer storyPoints, Long parentId, Long projectId, String projectCode,
		String milestoneRef, String externalKey, String rank, Long columnId, Category category, Long sprintId,
		Long releaseId, Set<String> labels, List<CheckItem> checklist, boolean ready, boolean editable,
		Instant createdAt, Instant updatedAt, Long assigneeId, String assigneeName) {

	public int points() {
		return this.storyPoints == null ? 0 : this.storyPoints;
	}

	public ItemDraft toDraft() {
		return new ItemDraft(this.type, this.title, this.description, this.acceptanceCriteria, this.storyPoints,
				this.parentId, this.projectId, this.milestoneRef, this.externalKey, this.releaseId, this.labels,
				this.assigneeId);
	}

}
