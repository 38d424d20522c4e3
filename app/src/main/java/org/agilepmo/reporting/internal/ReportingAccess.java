package org.agilepmo.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reporting's access rule, the project's: whoever sees a project sees its reports and
 * deviations (404 otherwise, never a count); whoever may change it writes and submits its
 * reports and plans remediation; the PMO (administrators and PMO officers who see the
 * project) reviews, publishes and closes deviations, and keeps the portfolios' settings.
 */
@Component
public class ReportingAccess {

	/**
	 * The platform itself when it measures projects on a schedule: portfolio-wide and
	 * cleared for every classification; it never writes on anyone's behalf.
	 */
	static final Actor PLATFORM = new Actor(0, "platform", "Agile PMO", ScreeningLevel.ENHANCED,
			Set.of(GlobalRole.PMO_OFFICER));

	private final ProjectCatalogue projects;

	private final People people;

	ReportingAccess(ProjectCatalogue projects, People people) {
		this.projects = projects;
		this.people = people;
	}

	public ProjectSummary visible(Actor actor, long projectId) {
		return this.projects.requireVisible(projectId, actor);
	}

	public Optional<ProjectSummary> find(Actor actor, long projectId) {
		return this.projects.findVisible(projectId, actor);
	}

	public ProjectSummary editable(Actor actor, long projectId) {
		return this.projects.requireEditable(projectId, actor);
	}

	public boolean mayEdit(Actor actor, long projectId) {
		return this.projects.mayEdit(projectId, actor);
	}

	public boolean isPmo(Actor actor) {
		return actor.isPortfolioWide();
	}

	/** The project when the PMO member sees it: 404 when hidden, 403 for others. */
	public ProjectSummary pmo(Actor actor, long projectId) {
		ProjectSummary project = visible(actor, projectId);
		if (!isPmo(actor)) {
			throw new AccessDeniedException("only the PMO reviews, publishes and closes");
		}
		return project;
	}

	public Map<Long, ProjectOverview> visibleProjects(Actor actor) {
		Map<Long, ProjectOverview> byId = new LinkedHashMap<>();
		for (ProjectOverview p : this.projects.listVisible(actor)) {
			byId.put(p.id(), p);
		}
		return byId;
	}

	/** A person named as an owner: they must exist and see the project. */
	public PersonSummary owner(String field, Long personId, long projectId) {
		if (personId == null) {
			throw new RuleViolationException(field, "reporting.error.required", "is required");
		}
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException(field, "reporting.error.unknownPerson",
					"there is no such person"));
		if (this.projects.findVisible(projectId, asActor(person)).isEmpty()) {
			throw new RuleViolationException(field, "reporting.error.ownerCannotSee",
					"this person does not see the project: give them a role on it first");
		}
		return person;
	}

	/**
	 * How to reach the person by e-mail and in which language (empty: unknown or
	 * disabled).
	 */
	public Optional<org.agilepmo.identity.PersonContact> contact(long personId) {
		return this.people.contact(personId);
	}

	public Optional<PersonSummary> person(long personId) {
		return this.people.find(personId);
	}

	public Optional<Actor> actorOf(long personId) {
		return this.people.actorFor(personId);
	}

	public String nameOf(Long personId) {
		if (personId == null) {
			return "";
		}
		return this.people.find(personId).map(PersonSummary::displayName).orElse("—");
	}

	public java.util.List<PersonSummary> enabledPeople() {
		return this.people.listEnabled();
	}

	/** The enabled people who see the project: who may own its remediation actions. */
	public java.util.List<PersonSummary> peopleWhoSee(long projectId) {
		return this.people.listEnabled()
			.stream()
			.filter(p -> this.projects.findVisible(projectId, asActor(p)).isPresent())
			.toList();
	}

	static Actor asActor(PersonSummary p) {
		return new Actor(p.id(), p.username(), p.displayName(), p.screening(), p.roles());
	}

	public NotFoundException notFound(String kind, long id) {
		return new NotFoundException(kind, id);
	}

}
