package org.agilepmo.resources.internal;

import org.agilepmo.shared.Classification;

/**
 * A staffing request as one reader sees it, with the names people know and what the
 * reader may do with it.
 *
 * @param target the project's code and name, or the squad's
 * @param targetLink the page of the project or squad
 * @param proposedName the proposed person's name, or {@code null}
 */
public record RequestView(StaffingRequest request, String skillName, String target, String targetLink,
		Classification classification, String centreName, String requesterName, String proposedName, boolean mayAnswer,
		boolean mayDecide) {

	public long id() {
		return this.request.id();
	}

	public long version() {
		return this.request.version();
	}

	/** The title lists and notifications show: the skill and where it is wanted. */
	public String title() {
		return this.skillName + " · " + this.target;
	}

}
