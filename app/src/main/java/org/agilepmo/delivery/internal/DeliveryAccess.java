package org.agilepmo.delivery.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a squad's delivery work (docs/adr/delivery-decisions.md):
 * <ul>
 * <li>a squad's backlog, sprints, board and charts are seen by the squad's members, the
 * members of its tribe and of the tribe's other squads, and portfolio-wide roles; they
 * are changed by the squad's members and portfolio-wide roles;</li>
 * <li>an item linked to a project follows the project's rule on top: only people who may
 * see the project see it (anywhere else it is absent), and besides the squad, the
 * project's editors may change it.</li>
 * </ul>
 * A squad that does not exist answers 404; one that exists but is not the person's 403
 * (the organisation chart is no secret); a hidden item answers 404.
 */
@Component
public class DeliveryAccess {

	private final OrganisationDirectory organisation;

	private final ProjectCatalogue projects;

	DeliveryAccess(OrganisationDirectory organisation, ProjectCatalogue projects) {
		this.organisation = organisation;
		this.projects = projects;
	}

	/** The projects the person may see, for choosing the project an item serves. */
	public List<org.agilepmo.portfolio.ProjectOverview> projectsVisibleTo(Actor actor) {
		return this.projects.listVisible(actor);
	}

	/** The squad, when it exists and is a squad; 404 otherwise. */
	public OrgUnitSummary squad(long squadId) {
		return this.organisation.find(squadId)
			.filter(u -> u.type() == UnitType.SQUAD)
			.orElseThrow(() -> new NotFoundException("squad", squadId));
	}

	public OrgUnitSummary tribe(long tribeId) {
		return this.organisation.find(tribeId)
			.filter(u -> u.type() == UnitType.TRIBE)
			.orElseThrow(() -> new NotFoundException("tribe", tribeId));
	}

	public List<OrgUnitSummary> squadsOf(long tribeId) {
		return this.organisation.ofType(UnitType.SQUAD)
			.stream()
			.filter(s -> s.parentId() != null && s.parentId() == tribeId)
			.toList();
	}

	public boolean maySeeSquad(Actor actor, OrgUnitSummary squad) {
		if (actor.isPortfolioWide()) {
			return true;
		}
		for (OrgUnitSummary unit : this.organisation.unitsOf(actor.id())) {
			if (unit.id() == squad.id() || (squad.parentId() != null && (unit.id() == squad.parentId()
					|| (unit.parentId() != null && unit.parentId().equals(squad.parentId()))))) {
				return true;
			}
		}
		return false;
	}

	public boolean mayEditSquad(Actor actor, OrgUnitSummary squad) {
		return actor.isPortfolioWide()
				|| this.organisation.unitsOf(actor.id()).stream().anyMatch(u -> u.id() == squad.id());
	}

	public boolean maySeeTribe(Actor actor, OrgUnitSummary tribe) {
		return actor.isPortfolioWide() || this.organisation.unitsOf(actor.id())
			.stream()
			.anyMatch(u -> u.id() == tribe.id() || (u.parentId() != null && u.parentId() == tribe.id()));
	}

	/** The squad, when the person may see it; 404 or 403 otherwise. */
	public OrgUnitSummary visibleSquad(Actor actor, long squadId) {
		OrgUnitSummary squad = squad(squadId);
		if (!maySeeSquad(actor, squad)) {
			throw new AccessDeniedException("may not see squad " + squadId);
		}
		return squad;
	}

	/** The squad, when the person may change its delivery work; 404 or 403 otherwise. */
	public OrgUnitSummary editableSquad(Actor actor, long squadId) {
		OrgUnitSummary squad = squad(squadId);
		if (!mayEditSquad(actor, squad)) {
			throw new AccessDeniedException("may not change squad " + squadId);
		}
		return squad;
	}

	public Optional<ProjectSummary> project(long projectId, Actor actor) {
		return this.projects.findVisible(projectId, actor);
	}

	/**
	 * How sensitive an item of the project is, whoever asks (for the search index, which
	 * applies the access rule to every hit): public when it belongs to no project.
	 */
	Classification classificationOf(Long projectId) {
		return (projectId == null) ? Classification.PUBLIC
				: this.projects.classificationOf(projectId).orElse(Classification.PUBLIC);
	}

	public boolean mayEditProject(long projectId, Actor actor) {
		return this.projects.mayEdit(projectId, actor);
	}

	/**
	 * Sees items through one person's eyes: remembers each project's answer, so that a
	 * backlog of many items asks once per project.
	 */
	public Lens lens(Actor actor) {
		return new Lens(actor);
	}

	public final class Lens {

		private final Actor actor;

		private final Map<Long, Optional<ProjectSummary>> seen = new HashMap<>();

		private final Map<Long, Boolean> squads = new HashMap<>();

		private final Map<Long, Boolean> editableSquads = new HashMap<>();

		Lens(Actor actor) {
			this.actor = actor;
		}

		public Actor actor() {
			return this.actor;
		}

		Optional<ProjectSummary> projectOf(Long projectId) {
			return (projectId == null) ? Optional.empty()
					: this.seen.computeIfAbsent(projectId, id -> project(id, this.actor));
		}

		boolean maySee(BacklogItem item) {
			if (item.projectId() != null) {
				return projectOf(item.projectId()).isPresent();
			}
			return this.squads.computeIfAbsent(item.squadId(), id -> maySeeSquad(this.actor, squad(id)));
		}

		boolean mayEdit(BacklogItem item) {
			if (!maySee(item)) {
				return false;
			}
			boolean squadEditor = this.editableSquads.computeIfAbsent(item.squadId(),
					id -> mayEditSquad(this.actor, squad(id)));
			return squadEditor || (item.projectId() != null && mayEditProject(item.projectId(), this.actor));
		}

		/** How sensitive the item is: its project's classification, or public. */
		Classification classificationOf(BacklogItem item) {
			return projectOf(item.projectId()).map(ProjectSummary::classification).orElse(Classification.PUBLIC);
		}

	}

}
