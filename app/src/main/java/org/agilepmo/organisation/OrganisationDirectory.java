package org.agilepmo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the organisation for other modules. */
public interface OrganisationDirectory {

	Optional<OrgUnitSummary> find(long id);

	Map<Long, OrgUnitSummary> findAll(Collection<Long> ids);

	/** Units of one type, by name (for example every squad, to choose from in a form). */
	List<OrgUnitSummary> ofType(UnitType type);

	/** The units a person belongs to. */
	List<OrgUnitSummary> unitsOf(long personId);

}
