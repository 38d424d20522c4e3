package org.agilepmo.risk.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioCatalogue;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's access rule, the rule of the object whose register it is: whoever may
 * see a project, programme or portfolio sees its register (404 otherwise, and never a
 * count of it); whoever may change the project, or manage the programme or portfolio,
 * keeps its register. An owner must be a person who sees that object. Each answer reads
 * in a transaction of its own when the caller has none (the pages call it directly).
 */
@Component
@Transactional(readOnly = true)
public class RegisterAccess {

	private final ProjectCatalogue catalogue;

	private final PortfolioCatalogue portfolios;

	private final People people;

	RegisterAccess(ProjectCatalogue catalogue, PortfolioCatalogue portfolios, People people) {
		this.catalogue = catalogue;
		this.portfolios = portfolios;
		this.people = people;
	}

	/** The register when the person may see it; empty otherwise, throwing nothing. */
	public Optional<Register> findRegister(Actor actor, RegisterScope scope) {
		return switch (scope.level()) {
			case PROJECT -> this.catalogue.findVisible(scope.id(), actor)
				.map(p -> new Register(scope, p.code(), p.name(), p.portfolioId(), p.classification(),
						this.catalogue.mayEdit(p.id(), actor)));
			case PROGRAMME -> this.portfolios.findVisibleProgramme(scope.id(), actor)
				.map(p -> new Register(scope, p.code(), p.name(), p.portfolioId(), Classification.PUBLIC,
						p.mayManage()));
			case PORTFOLIO -> this.portfolios.findVisiblePortfolio(scope.id(), actor)
				.map(p -> new Register(scope, p.code(), p.name(), p.id(), Classification.PUBLIC, p.mayManage()));
		};
	}

	/** The register when the person may see it; 404 otherwise. */
	public Register register(Actor actor, RegisterScope scope) {
		return findRegister(actor, scope).orElseThrow(() -> new NotFoundException(scope.level().kind(), scope.id()));
	}

	/** The register when the person may keep it: 404 when hidden, 403 when only seen. */
	public Register keptRegister(Actor actor, RegisterScope scope) {
		Register register = register(actor, scope);
		if (!register.mayEdit()) {
			throw new AccessDeniedException(
					"may not change the risk register of " + scope.level().kind() + " " + scope.id());
		}
		return register;
	}

	/**
	 * The person named as an owner of a risk of the register, who must exist and see it;
	 * {@code null} stays {@code null}.
	 */
	public PersonSummary owner(String field, Long personId, RegisterScope scope) {
		if (scope.isProject()) {
			return owner(field, personId, scope.id());
		}
		if (personId == null) {
			return null;
		}
		PersonSummary person = person(field, personId);
		if (findRegister(asActor(person), scope).isEmpty()) {
			throw new RuleViolationException(field, "risk.error.ownerCannotSeeRegister",
					"this person does not see the programme or portfolio");
		}
		return person;
	}

	private PersonSummary person(String field, long personId) {
		return this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException(field, "risk.error.unknownPerson",
					"there is no person " + personId, String.valueOf(personId)));
	}

	private static Actor asActor(PersonSummary person) {
		return new Actor(person.id(), person.username(), person.displayName(), person.screening(), person.roles());
	}

	/**
	 * A register as its reader sees it: whose it is, its code and name, the portfolio
	 * whose matrix rates it, how sensitive it is, and whether the reader keeps it.
	 */
	public record Register(RegisterScope scope, String code, String name, long portfolioId,
			Classification classification, boolean mayEdit) {

		public long id() {
			return this.scope.id();
		}

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
		PersonSummary person = person(field, personId);
		if (!sees(asActor(person), projectId)) {
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
