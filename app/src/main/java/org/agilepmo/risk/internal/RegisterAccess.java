package org.agilepmo.risk.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's access rule, the project's: whoever may see a project sees its register
 * (404 otherwise, and never a count of it); whoever may change the project keeps its
 * register. An owner must be a person who sees the project. Each answer reads in a
 * transaction of its own when the caller has none (the pages call it directly).
 */
@Component
@Transactional(readOnly = true)
public class RegisterAccess {

	private final ProjectCatalogue catalogue;

	private final People people;

	RegisterAccess(ProjectCatalogue catalogue, People people) {
		this.catalogue = catalogue;
		this.people = people;
	}

	public ProjectSummary visible(Actor actor, long projectId) {
		return this.catalogue.requireVisible(projectId, actor);
	}

	public ProjectSummary editable(Actor actor, long projectId) {
		return this.catalogue.requireEditable(projectId, actor);
	}

	public boolean mayEdit(Actor actor, long projectId) {
		return this.catalogue.mayEdit(projectId, actor);
	}

	public java.util.Optional<ProjectSummary> find(Actor actor, long projectId) {
		return this.catalogue.findVisible(projectId, actor);
	}

	public boolean sees(Actor actor, long projectId) {
		return this.catalogue.findVisible(projectId, actor).isPresent();
	}

	/** Every project the person may see, by id. */
	public Map<Long, ProjectOverview> visibleProjects(Actor actor) {
		return this.catalogue.listVisible(actor)
			.stream()
			.collect(Collectors.toMap(ProjectOverview::id, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	/**
	 * The person named as an owner, who must exist and see the project; {@code null}
	 * stays {@code null}.
	 */
	public PersonSummary owner(String field, Long personId, long projectId) {
		if (personId == null) {
			return null;
		}
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException(field, "risk.error.unknownPerson",
					"there is no person " + personId, String.valueOf(personId)));
		Actor asOwner = new Actor(person.id(), person.username(), person.displayName(), person.screening(),
				person.roles());
		if (!sees(asOwner, projectId)) {
			throw new RuleViolationException(field, "risk.error.ownerCannotSee",
					"this person does not see the project: give them a role on it first");
		}
		return person;
	}

	/** People's names by id, for lists. */
	public String nameOf(Long personId) {
		if (personId == null) {
			return "";
		}
		return this.people.find(personId).map(PersonSummary::displayName).orElse("#" + personId);
	}

	public Map<Long, PersonSummary> people(java.util.Collection<Long> ids) {
		return this.people.findAll(ids);
	}

	public java.util.List<PersonSummary> enabledPeople() {
		return this.people.listEnabled();
	}

}
