package org.agilepmo.knowledge.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;

import org.springframework.stereotype.Component;

/**
 * The knowledge base's access rule, the owner's: a project's pages are seen by whoever
 * sees the project and written by whoever may change it; a unit's pages by the unit's
 * members and the PMO; the PMO's methodology is read by every signed-in person and
 * written by the PMO (administrators and PMO officers). A page one may not see answers
 * 404 and is absent from lists and searches.
 */
@Component
public class KnowledgeAccess {

	private final ProjectCatalogue projects;

	private final OrganisationDirectory organisation;

	KnowledgeAccess(ProjectCatalogue projects, OrganisationDirectory organisation) {
		this.projects = projects;
		this.organisation = organisation;
	}

	public boolean sees(Actor actor, Scope scope, Long scopeId) {
		return switch (scope) {
			case PMO -> true;
			case UNIT -> actor.isPortfolioWide() || memberOf(actor).contains(scopeId);
			case PROJECT -> scopeId != null && this.projects.findVisible(scopeId, actor).isPresent();
		};
	}

	public boolean mayEdit(Actor actor, Scope scope, Long scopeId) {
		return switch (scope) {
			case PMO -> actor.isPortfolioWide();
			case UNIT -> sees(actor, scope, scopeId);
			case PROJECT -> sees(actor, scope, scopeId) && this.projects.mayEdit(scopeId, actor);
		};
	}

	Set<Long> memberOf(Actor actor) {
		return this.organisation.unitsOf(actor.id()).stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
	}

	public List<OrgUnitSummary> unitsOf(Actor actor) {
		return this.organisation.unitsOf(actor.id());
	}

	public Optional<ProjectSummary> project(Actor actor, long projectId) {
		return this.projects.findVisible(projectId, actor);
	}

	public String ownerName(Actor actor, Scope scope, Long scopeId) {
		return switch (scope) {
			case PMO -> null;
			case UNIT -> this.organisation.find(scopeId).map(OrgUnitSummary::name).orElse(null);
			case PROJECT ->
				this.projects.findVisible(scopeId, actor).map(p -> p.code() + " · " + p.name()).orElse(null);
		};
	}

	Classification classification(Scope scope, Long scopeId) {
		return switch (scope) {
			case PMO -> Classification.PUBLIC;
			case UNIT -> Classification.RESTRICTED;
			case PROJECT -> this.projects.classificationOf(scopeId).orElse(Classification.CONFIDENTIAL);
		};
	}

	Long projectOf(Scope scope, Long scopeId) {
		return scope == Scope.PROJECT ? scopeId : null;
	}

}
