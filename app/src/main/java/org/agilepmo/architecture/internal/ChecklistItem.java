package org.agilepmo.architecture.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A standard that applies to a review, and whether the solution meets it (null: not yet
 * said).
 */
@Embeddable
public class ChecklistItem {

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	private Boolean met;

	protected ChecklistItem() {
	}

	ChecklistItem(long entryId, Boolean met) {
		this.entryId = entryId;
		this.met = met;
	}

	public long entryId() {
		return this.entryId;
	}

	public Boolean met() {
		return this.met;
	}

	void assess(Boolean met) {
		this.met = met;
	}

}
