package org.agilepmo.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.agilepmo.delivery.internal.ItemType;

/**
 * The "add to the backlog" form of the backlog page; labels are typed separated by
 * commas.
 */
public class NewItemForm {

	@NotNull
	private ItemType type = ItemType.STORY;

	@NotBlank
	@Size(max = 300)
	private String title;

	@PositiveOrZero
	@Max(1000)
	private Integer storyPoints;

	private Long parentId;

	@Size(max = 1000)
	private String labels;

	public ItemType getType() {
		return this.type;
	}

	public void setType(ItemType type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getStoryPoints() {
		return this.storyPoints;
	}

	public void setStoryPoints(Integer storyPoints) {
		this.storyPoints = storyPoints;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getLabels() {
		return this.labels;
	}

	public void setLabels(String labels) {
		this.labels = labels;
	}

}
