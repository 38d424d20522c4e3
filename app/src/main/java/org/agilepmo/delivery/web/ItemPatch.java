package org.agilepmo.delivery.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.web.Patch;

/**
 * Changes to a backlog item: properties left out keep their value, properties sent as
 * {@code null} are cleared.
 */
@Schema(name = "BacklogItemPatch", description = "Only the properties sent are changed; null clears an optional one")
public class ItemPatch extends Patch<ItemDraft> {

	private ItemType type;

	private String title;

	private String description;

	private String acceptanceCriteria;

	private Integer storyPoints;

	private Long parentId;

	private Long projectId;

	private String milestoneRef;

	private String externalKey;

	private Long releaseId;

	private Set<String> labels;

	private Long assigneeId;

	@Override
	public ItemDraft applyTo(ItemDraft d) {
		return new ItemDraft(pick("type", this.type, d.type()), pick("title", this.title, d.title()),
				pick("description", this.description, d.description()),
				pick("acceptanceCriteria", this.acceptanceCriteria, d.acceptanceCriteria()),
				pick("storyPoints", this.storyPoints, d.storyPoints()), pick("parentId", this.parentId, d.parentId()),
				pick("projectId", this.projectId, d.projectId()),
				pick("milestoneRef", this.milestoneRef, d.milestoneRef()),
				pick("externalKey", this.externalKey, d.externalKey()),
				pick("releaseId", this.releaseId, d.releaseId()), pick("labels", this.labels, d.labels()),
				pick("assigneeId", this.assigneeId, d.assigneeId()));
	}

	public Long getAssigneeId() {
		return this.assigneeId;
	}

	public void setAssigneeId(Long assigneeId) {
		mark("assigneeId");
		this.assigneeId = assigneeId;
	}

	public ItemType getType() {
		return this.type;
	}

	public void setType(ItemType type) {
		mark("type");
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		mark("title");
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		mark("description");
		this.description = description;
	}

	public String getAcceptanceCriteria() {
		return this.acceptanceCriteria;
	}

	public void setAcceptanceCriteria(String acceptanceCriteria) {
		mark("acceptanceCriteria");
		this.acceptanceCriteria = acceptanceCriteria;
	}

	public Integer getStoryPoints() {
		return this.storyPoints;
	}

	public void setStoryPoints(Integer storyPoints) {
		mark("storyPoints");
		this.storyPoints = storyPoints;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		mark("parentId");
		this.parentId = parentId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		mark("projectId");
		this.projectId = projectId;
	}

	public String getMilestoneRef() {
		return this.milestoneRef;
	}

	public void setMilestoneRef(String milestoneRef) {
		mark("milestoneRef");
		this.milestoneRef = milestoneRef;
	}

	public String getExternalKey() {
		return this.externalKey;
	}

	public void setExternalKey(String externalKey) {
		mark("externalKey");
		this.externalKey = externalKey;
	}

	public Long getReleaseId() {
		return this.releaseId;
	}

	public void setReleaseId(Long releaseId) {
		mark("releaseId");
		this.releaseId = releaseId;
	}

	public Set<String> getLabels() {
		return this.labels;
	}

	public void setLabels(Set<String> labels) {
		mark("labels");
		this.labels = labels;
	}

}
