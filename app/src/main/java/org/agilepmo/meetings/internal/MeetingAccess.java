package org.agilepmo.meetings.internal;

import java.util.List;
import java.util.Optional;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.portfolio.PortfolioCatalogue;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a meeting. A meeting is visible to its organiser and
 * participants, and to whoever may see what it belongs to: its project (the portfolio's
 * project rule, screening included), programme or portfolio (the portfolio's catalogue),
 * or unit (the unit's members; administrators and the PMO everywhere). Its organiser, the
 * PMO and administrators, and for a project's meeting whoever may change the project,
 * change it. An invisible meeting is absent (404), never forbidden.
 */
@Component
public class MeetingAccess {

	private final ProjectCatalogue projects;

	private final PortfolioCatalogue portfolios;

	private final OrganisationDirectory organisation;

	private final People people;

	MeetingAccess(ProjectCatalogue projects, PortfolioCatalogue portfolios, OrganisationDirectory organisation,
			People people) {
		this.projects = projects;
		this.portfolios = portfolios;
		this.organisation = organisation;
		this.people = people;
	}

	/** What a meeting belongs to, as the reader may see it. */
	public record Scope(ScopeKind kind, long id, String label, String link, Classification classification) {
	}

	/** The scope, when the person may see it. */
	public Optional<Scope> scope(Actor actor, ScopeKind kind, long id) {
		return switch (kind) {
			case PROJECT -> this.projects.findVisible(id, actor)
				.map(p -> new Scope(kind, id, p.code() + " · " + p.name(), "/projects/" + id + "/hub",
						p.classification()));
			case PROGRAMME -> this.portfolios.findVisibleProgramme(id, actor)
				.map(p -> new Scope(kind, id, p.code() + " · " + p.name(), "/programmes/" + id, Classification.PUBLIC));
			case PORTFOLIO -> this.portfolios.findVisiblePortfolio(id, actor)
				.map(p -> new Scope(kind, id, p.code() + " · " + p.name(), "/portfolios/" + id, Classification.PUBLIC));
			case UNIT -> this.organisation.find(id)
				.filter(u -> actor.isPortfolioWide()
						|| this.organisation.unitsOf(actor.id()).stream().anyMatch(m -> m.id() == id))
				.map(u -> new Scope(kind, id, u.code() + " · " + u.name(), "/organisation/units/" + id,
						Classification.PUBLIC));
		};
	}

	/** The scope's classification, whoever asks (for the audit trail and the index). */
	public Classification classification(Meeting m) {
		return m.scopeKind() == ScopeKind.PROJECT
				? this.projects.classificationOf(m.scopeId()).orElse(Classification.CONFIDENTIAL)
				: Classification.PUBLIC;
	}

	public boolean mayView(Actor actor, Meeting m) {
		return m.attends(actor.id()) || actor.isPortfolioWide() || scope(actor, m.scopeKind(), m.scopeId()).isPresent();
	}

	public boolean mayEdit(Actor actor, Meeting m) {
		if (!mayView(actor, m)) {
			return false;
		}
		return actor.isPortfolioWide() || m.organiserId() == actor.id()
				|| (m.scopeKind() == ScopeKind.PROJECT && this.projects.mayEdit(m.scopeId(), actor));
	}

	/** The meeting when visible; 404 otherwise. */
	public Meeting visible(Actor actor, Meeting m) {
		if (!mayView(actor, m)) {
			throw new NotFoundException("meeting", m.id());
		}
		return m;
	}

	/** The meeting when the person may change it: 404 when hidden, 403 when only seen. */
	public Meeting editable(Actor actor, Meeting m) {
		visible(actor, m);
		if (!mayEdit(actor, m)) {
			throw new AccessDeniedException("may not change meeting " + m.id());
		}
		return m;
	}

	/**
	 * Checks that the person may organise a meeting of the scope: a project's managers
	 * (who may change it), the members of a unit, whoever sees a programme or portfolio;
	 * the PMO and administrators everywhere. A scope they may not see answers 404.
	 */
	public Scope organise(Actor actor, ScopeKind kind, long id) {
		Scope scope = scope(actor, kind, id).orElseThrow(() -> new NotFoundException(kind.name().toLowerCase(), id));
		if (kind == ScopeKind.PROJECT && !actor.isPortfolioWide() && !this.projects.mayEdit(id, actor)) {
			throw new AccessDeniedException("may not organise meetings of project " + id);
		}
		return scope;
	}

	/**
	 * What a person may organise a meeting for, as {@code KIND:id} and a label, by kind.
	 */
	public java.util.Map<String, String> organisableScopes(Actor actor) {
		java.util.Map<String, String> scopes = new java.util.LinkedHashMap<>();
		java.util.Map<String, String> programmes = new java.util.LinkedHashMap<>();
		java.util.Map<String, String> portfolios = new java.util.LinkedHashMap<>();
		for (org.agilepmo.portfolio.ProjectOverview p : this.projects.listVisible(actor)) {
			if (actor.isPortfolioWide() || this.projects.mayEdit(p.id(), actor)) {
				scopes.put("PROJECT:" + p.id(), p.code() + " · " + p.name());
			}
			if (p.programmeId() != null) {
				programmes.put("PROGRAMME:" + p.programmeId(), p.programmeName());
			}
			portfolios.put("PORTFOLIO:" + p.portfolioId(), p.portfolioName());
		}
		scopes.putAll(programmes);
		scopes.putAll(portfolios);
		organisableUnits(actor).forEach(u -> scopes.put("UNIT:" + u.id(), u.code() + " · " + u.name()));
		return scopes;
	}

	public List<OrgUnitSummary> organisableUnits(Actor actor) {
		if (actor.isPortfolioWide()) {
			List<OrgUnitSummary> all = new java.util.ArrayList<>();
			for (org.agilepmo.organisation.UnitType t : org.agilepmo.organisation.UnitType.values()) {
				all.addAll(this.organisation.ofType(t));
			}
			return all;
		}
		return this.organisation.unitsOf(actor.id());
	}

	public Optional<PersonSummary> person(long id) {
		return this.people.find(id);
	}

	public List<PersonSummary> enabledPeople() {
		return this.people.listEnabled();
	}

	public String nameOf(long personId) {
		return this.people.find(personId).map(PersonSummary::displayName).orElse("#" + personId);
	}

}
