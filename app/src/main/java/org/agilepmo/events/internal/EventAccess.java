package org.agilepmo.events.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and who organises an event. An event is seen by the people of its unit, the
 * PMO (administrators and PMO officers) and its participants (while registered or
 * waiting); to anyone else it does not exist (404, and it is absent from every list,
 * count and chart). Its unit's people and the PMO organise it; a participant sees it,
 * answers its evaluation and downloads their own certificate.
 */
@Component
public class EventAccess {

	static final String EVENT = "event";

	private final Events events;

	private final Participants participants;

	private final OrganisationDirectory organisation;

	private final ProjectCatalogue projects;

	private final People people;

	EventAccess(Events events, Participants participants, OrganisationDirectory organisation, ProjectCatalogue projects,
			People people) {
		this.events = events;
		this.participants = participants;
		this.organisation = organisation;
		this.projects = projects;
		this.people = people;
	}

	/** The units whose events the person organises: the ones they belong to. */
	public Set<Long> unitsOf(Actor actor) {
		return this.organisation.unitsOf(actor.id()).stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
	}

	public boolean isPmo(Actor actor) {
		return actor.isPortfolioWide();
	}

	public boolean mayOrganise(Actor actor, Event event) {
		return isPmo(actor) || unitsOf(actor).contains(event.unitId());
	}

	public boolean maySee(Actor actor, Event event) {
		return mayOrganise(actor, event) || this.participants.findByEventIdAndPersonId(event.id(), actor.id())
			.filter(p -> p.status() != Participant.Status.CANCELLED)
			.isPresent();
	}

	public Optional<Event> find(Actor actor, long id) {
		return this.events.findById(id).filter(e -> maySee(actor, e));
	}

	/** The event when the person sees it; 404 otherwise. */
	public Event visible(Actor actor, long id) {
		return find(actor, id).orElseThrow(() -> new NotFoundException(EVENT, id));
	}

	/** The event when the person organises it: 404 when they do not see it, else 403. */
	public Event organised(Actor actor, long id) {
		Event event = visible(actor, id);
		if (!mayOrganise(actor, event)) {
			throw new AccessDeniedException("only the unit's people and the PMO organise the event");
		}
		return event;
	}

	/** Every event the person sees, newest first. */
	public List<Event> visibleEvents(Actor actor) {
		if (isPmo(actor)) {
			return this.events.findAllByOrderByStartsOnDescIdDesc();
		}
		Set<Long> ids = new java.util.HashSet<>();
		this.events.findByUnitIdInOrderByStartsOnDescIdDesc(unitsOf(actor)).forEach(e -> ids.add(e.id()));
		this.participants.findByPersonIdAndStatusNot(actor.id(), Participant.Status.CANCELLED)
			.forEach(p -> ids.add(p.eventId()));
		return ids.isEmpty() ? List.of() : this.events.findByIdInOrderByStartsOnDescIdDesc(ids);
	}

	/** The units a person may organise events of: theirs, or every unit for the PMO. */
	public List<OrgUnitSummary> organisableUnits(Actor actor) {
		if (isPmo(actor)) {
			List<OrgUnitSummary> all = new java.util.ArrayList<>();
			for (org.agilepmo.organisation.UnitType type : org.agilepmo.organisation.UnitType.values()) {
				all.addAll(this.organisation.ofType(type));
			}
			all.sort(java.util.Comparator.comparing(OrgUnitSummary::name));
			return all;
		}
		return this.organisation.unitsOf(actor.id());
	}

	/**
	 * The unit an event is organised for: one of the person's units, or any for the PMO.
	 */
	public OrgUnitSummary organisableUnit(Actor actor, Long unitId) {
		if (unitId == null) {
			throw new RuleViolationException("unitId", "events.error.required", "is required");
		}
		OrgUnitSummary unit = this.organisation.find(unitId)
			.orElseThrow(() -> new RuleViolationException("unitId", "events.error.unknownUnit", "no such unit"));
		if (!isPmo(actor) && !unitsOf(actor).contains(unitId)) {
			throw new AccessDeniedException("you organise events only for your own units");
		}
		return unit;
	}

	/** The project an event is linked to must be one the person sees. */
	public void linkable(Actor actor, Long projectId) {
		if (projectId != null && this.projects.findVisible(projectId, actor).isEmpty()) {
			throw new RuleViolationException("projectId", "events.error.unknownProject",
					"there is no such project among yours");
		}
	}

	public Optional<ProjectSummary> project(Actor actor, Long projectId) {
		return projectId == null ? Optional.empty() : this.projects.findVisible(projectId, actor);
	}

	public String unitName(long unitId) {
		return this.organisation.find(unitId).map(OrgUnitSummary::name).orElse("—");
	}

	public Optional<PersonSummary> person(long personId) {
		return this.people.find(personId);
	}

	public List<PersonSummary> enabledPeople() {
		return this.people.listEnabled();
	}

	public java.util.Locale languageOf(long personId) {
		return this.people.contact(personId).map(c -> c.language()).orElse(java.util.Locale.ENGLISH);
	}

	public List<org.agilepmo.portfolio.ProjectOverview> projectsOf(Actor actor) {
		return this.projects.listVisible(actor);
	}

}
