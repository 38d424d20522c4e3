package org.agilepmo.architecture.internal;

import java.util.List;
import java.util.Optional;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The module's access rule. The board is the people holding the architecture board role
 * (and administrators, who keep the reference data). An application is seen by whoever's
 * screening clears its classification, and changed by the board and its owner. A review
 * is seen by whoever sees its project (or concept note) and by the board members whose
 * screening clears it; it is requested by whoever may change the project, and decided by
 * its reviewers (any board member while none is named). Invisible objects answer 404.
 */
@Component
public class ArchitectureAccess {

	static final String CONCEPT_NOTE = "concept-note";

	private final ProjectCatalogue projects;

	private final People people;

	private final ObjectDirectories directories;

	ArchitectureAccess(ProjectCatalogue projects, People people, ObjectDirectories directories) {
		this.projects = projects;
		this.people = people;
		this.directories = directories;
	}

	public boolean isBoard(Actor actor) {
		return actor.has(GlobalRole.ARCHITECTURE_BOARD) || actor.has(GlobalRole.ADMINISTRATOR);
	}

	void requireBoard(Actor actor) {
		if (!isBoard(actor)) {
			throw new AccessDeniedException("only the architecture board");
		}
	}

	// ---- applications

	public boolean sees(Actor actor, Application app) {
		return actor.clears(app.classification());
	}

	public boolean mayEdit(Actor actor, Application app) {
		return sees(actor, app) && (isBoard(actor) || (app.ownerId() != null && app.ownerId() == actor.id()));
	}

	// ---- projects and concept notes

	public Optional<ProjectSummary> project(Actor actor, long projectId) {
		Optional<ProjectSummary> visible = this.projects.findVisible(projectId, actor);
		if (visible.isPresent() || !isBoard(actor)) {
			return visible;
		}
		return this.projects.findVisible(projectId, PLATFORM).filter(p -> actor.clears(p.classification()));
	}

	public ProjectSummary requireProject(Actor actor, long projectId) {
		return project(actor, projectId).orElseThrow(() -> new NotFoundException("project", projectId));
	}

	public ProjectSummary editableProject(Actor actor, long projectId) {
		return this.projects.requireEditable(projectId, actor);
	}

	public boolean mayEditProject(Actor actor, long projectId) {
		return this.projects.mayEdit(projectId, actor);
	}

	public List<ProjectOverview> visibleProjects(Actor actor) {
		return this.projects.listVisible(actor);
	}

	/** The classification of a review's subject, when the person may see it. */
	public Optional<Classification> subject(Actor actor, ArchitectureReview review) {
		if (review.projectId() != null) {
			return project(actor, review.projectId()).map(ProjectSummary::classification);
		}
		ObjectRef note = new ObjectRef(CONCEPT_NOTE, review.conceptNoteId());
		Optional<Classification> seen = this.directories.findVisible(note, actor)
			.map(org.agilepmo.shared.ObjectCard::classification);
		if (seen.isPresent() || !isBoard(actor)) {
			return seen;
		}
		return this.directories.of(CONCEPT_NOTE)
			.flatMap(d -> d.searchText(note))
			.map(t -> t.classification())
			.filter(actor::clears);
	}

	public boolean mayDecide(Actor actor, ArchitectureReview review) {
		return isBoard(actor) && (review.reviewers().isEmpty() || review.reviewers().contains(actor.id())
				|| actor.has(GlobalRole.ADMINISTRATOR));
	}

	// ---- people

	public List<PersonSummary> boardMembers() {
		return this.people.listEnabled()
			.stream()
			.filter(p -> p.roles().contains(GlobalRole.ARCHITECTURE_BOARD))
			.toList();
	}

	public List<PersonSummary> enabledPeople() {
		return this.people.listEnabled();
	}

	public String nameOf(Long personId) {
		if (personId == null) {
			return "";
		}
		return this.people.find(personId).map(PersonSummary::displayName).orElse("—");
	}

	public Optional<Actor> actorOf(long personId) {
		return this.people.actorFor(personId);
	}

	/**
	 * A person named as the owner of a condition: they must exist and see the project.
	 */
	PersonSummary conditionOwner(String field, Long personId, ArchitectureReview review) {
		Texts.present(field, personId);
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException(field, "architecture.error.unknownPerson",
					"there is no such person"));
		Actor as = this.people.actorFor(person.id()).orElseThrow();
		if (subject(as, review).isEmpty()) {
			throw new RuleViolationException(field, "architecture.error.ownerCannotSee",
					"this person does not see the project: give them a role on it first");
		}
		return person;
	}

	/** The platform's reading rights, for checks made on nobody's behalf. */
	static final Actor PLATFORM = new Actor(0, "platform", "Agile PMO", org.agilepmo.shared.ScreeningLevel.ENHANCED,
			java.util.Set.of(GlobalRole.PMO_OFFICER));

}
