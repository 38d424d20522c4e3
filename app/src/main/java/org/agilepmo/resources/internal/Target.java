package org.agilepmo.resources.internal;

import org.agilepmo.shared.RuleViolationException;

/** What a resource is allocated to or requested for: one project or one squad. */
public record Target(Long projectId, Long squadId) {

	public static Target of(Long projectId, Long squadId) {
		if ((projectId == null) == (squadId == null)) {
			throw new RuleViolationException("projectId", "resources.error.target", "name one project or one squad");
		}
		return new Target(projectId, squadId);
	}

	public boolean isProject() {
		return this.projectId != null;
	}

}
