package org.agilepmo.quality.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A corrective action for a finding: what, by whom, by when. */
public class ActionForm {

	private Long findingId;

	@Size(max = 200)
	private String title;

	private Long ownerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate due;

	public Long getFindingId() {
		return this.findingId;
	}

	public void setFindingId(Long findingId) {
		this.findingId = findingId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public LocalDate getDue() {
		return this.due;
	}

	public void setDue(LocalDate due) {
		this.due = due;
	}

}
