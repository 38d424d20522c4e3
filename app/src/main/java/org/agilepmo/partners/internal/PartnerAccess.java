package org.agilepmo.partners.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The partners' access rule. A unit's partner list is the unit's: its organisations and
 * contacts are seen and kept by the unit's members and by the PMO (administrators and PMO
 * officers); to anyone else they do not exist (404, absent from lists, searches and
 * counts). A project's stakeholders follow the project's rule: seen by whoever sees the
 * project, placed and engaged by whoever may change it, from the organisations they see.
 */
@Component
public class PartnerAccess {

	private final OrganisationDirectory organisation;

	private final ProjectCatalogue projects;

	PartnerAccess(OrganisationDirectory organisation, ProjectCatalogue projects) {
		this.organisation = organisation;
		this.projects = projects;
	}

	public boolean isPmo(Actor actor) {
		return actor.isPortfolioWide();
	}

	/** The units whose partners the person sees; {@code null} means every unit. */
	Set<Long> unitsSeenBy(Actor actor) {
		if (isPmo(actor)) {
			return null;
		}
		return this.organisation.unitsOf(actor.id()).stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
	}

	public boolean seesUnit(Actor actor, long unitId) {
		Set<Long> units = unitsSeenBy(actor);
		return units == null || units.contains(unitId);
	}

	/**
	 * The units for which the person keeps partners, by name: their own, or for the PMO
	 * every unit and directorate.
	 */
	public List<OrgUnitSummary> unitsKeptBy(Actor actor) {
		Map<Long, OrgUnitSummary> units = new LinkedHashMap<>();
		if (isPmo(actor)) {
			for (UnitType type : List.of(UnitType.DIRECTORATE, UnitType.UNIT)) {
				this.organisation.ofType(type).forEach(u -> units.put(u.id(), u));
			}
		}
		this.organisation.unitsOf(actor.id()).forEach(u -> units.put(u.id(), u));
		List<OrgUnitSummary> sorted = new ArrayList<>(units.values());
		sorted.sort(java.util.Comparator.comparing(OrgUnitSummary::name));
		return sorted;
	}

	public String unitName(long unitId) {
		return this.organisation.find(unitId).map(OrgUnitSummary::name).orElse("—");
	}

	public ProjectSummary projectOf(Actor actor, long projectId) {
		return project(actor, projectId);
	}

	ProjectSummary project(Actor actor, long projectId) {
		return this.projects.requireVisible(projectId, actor);
	}

	java.util.Optional<ProjectSummary> findProject(Actor actor, long projectId) {
		return this.projects.findVisible(projectId, actor);
	}

	ProjectSummary editableProject(Actor actor, long projectId) {
		return this.projects.requireEditable(projectId, actor);
	}

	public boolean mayEditProject(Actor actor, long projectId) {
		return this.projects.mayEdit(projectId, actor);
	}

	void requireUnit(Actor actor, Long unitId) {
		if (unitId == null || this.organisation.find(unitId).isEmpty() || !seesUnit(actor, unitId)) {
			throw new NotFoundException("unit", unitId);
		}
	}

}
