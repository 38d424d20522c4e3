package org.agilepmo.organisation;

import java.util.List;

import org.agilepmo.identity.PersonSummary;

/** A unit with everything its page and its API resource show. */
public record OrgUnitDetails(long id, long version, String code, String name, UnitType type, Long parentId,
		String parentName, String description, List<PersonSummary> members, List<OrgUnitSummary> children) {

}
