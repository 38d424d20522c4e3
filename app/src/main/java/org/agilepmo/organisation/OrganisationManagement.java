package org.agilepmo.organisation;

import java.util.List;

/**
 * Reading the organisation (any signed-in person) and changing it (administrators only);
 * every change is audited.
 */
public interface OrganisationManagement {

	List<OrgUnitSummary> all();

	OrgUnitDetails details(long id);

	OrgUnitDetails create(NewUnit unit);

	/** Changes name, description and parent; fails with a stale version. */
	OrgUnitDetails update(long id, long expectedVersion, UnitChange change);

	OrgUnitDetails addMember(long id, long personId);

	OrgUnitDetails removeMember(long id, long personId);

	record NewUnit(String code, String name, UnitType type, Long parentId, String description) {
	}

	/**
	 * Fields left {@code null} are kept, except {@code parentId} when {@code moveToTop}.
	 */
	record UnitChange(String name, String description, Long parentId, boolean moveToTop) {
	}

}
