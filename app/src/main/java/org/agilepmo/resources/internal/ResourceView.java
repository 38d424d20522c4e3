package org.agilepmo.resources.internal;

import java.util.List;

import org.agilepmo.shared.ScreeningLevel;

/**
 * A resource's profile as one reader sees it: rates only to those who manage it and to
 * the person themselves; allocations only to projects the reader may see.
 */
public record ResourceView(Resource resource, String name, String username, ScreeningLevel screening, String centreName,
		List<SkillLine> skills, List<ResourceLanguage> languages, List<CostRate> rates, List<Leave> leave,
		List<AllocationLine> allocations, boolean mayManage) {

	public long id() {
		return this.resource.id();
	}

	public long version() {
		return this.resource.version();
	}

	public record SkillLine(long skillId, String code, String name, int proficiency) {
	}

	/** An allocation with the name of its project or squad. */
	public record AllocationLine(Allocation allocation, String kind, String target, String link) {
	}

}
