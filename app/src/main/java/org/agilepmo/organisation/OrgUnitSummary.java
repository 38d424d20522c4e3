package org.agilepmo.organisation;

/** What other modules may know of an organisational unit. */
public record OrgUnitSummary(long id, String code, String name, UnitType type, Long parentId) {

}
