package org.agilepmo.resources.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change resources, allocations and staffing requests
 * (docs/adr/0015-resources.md). Deny by default:
 * <ul>
 * <li>a resource's profile is seen by the person themselves, the head of its competency
 * centre and portfolio-wide roles; it is changed by the head of its centre, PMO officers
 * and administrators;</li>
 * <li>an allocation to a project, and a request for one, follow the project's rule on
 * top: someone who may not see the project sees neither, nor any hour of it in a figure;
 * squads are no secret (the organisation chart is public);</li>
 * <li>a staffing request is seen by whoever may see its project (or, for a squad, the
 * squad's members) and is its requester, the project's editors, the head of the centre
 * asked, or a portfolio-wide role.</li>
 * </ul>
 */
@Component
public class ResourceAccess {

	private final Centres centres;

	private final ProjectCatalogue projects;

	private final OrganisationDirectory organisation;

	ResourceAccess(Centres centres, ProjectCatalogue projects, OrganisationDirectory organisation) {
		this.centres = centres;
		this.projects = projects;
		this.organisation = organisation;
	}

	/** The competency centres the person heads (organisation unit ids). */
	public Set<Long> centresHeadedBy(Actor actor) {
		return this.centres.findByHeadPersonId(actor.id())
			.stream()
			.map(Centre::unitId)
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean isCentreHead(Actor actor) {
		return !centresHeadedBy(actor).isEmpty();
	}

	/** The unit, when it is a competency centre; 404 otherwise. */
	public OrgUnitSummary centre(long unitId) {
		return this.organisation.find(unitId)
			.filter(u -> u.type() == UnitType.COMPETENCY_CENTRE)
			.orElseThrow(() -> new NotFoundException("competency centre", unitId));
	}

	/** The unit, when it is a squad; 404 otherwise. */
	public OrgUnitSummary squad(long unitId) {
		return this.organisation.find(unitId)
			.filter(u -> u.type() == UnitType.SQUAD)
			.orElseThrow(() -> new NotFoundException("squad", unitId));
	}

	public boolean isSquadMember(Actor actor, long squadId) {
		return this.organisation.unitsOf(actor.id()).stream().anyMatch(u -> u.id() == squadId);
	}

	public Optional<ProjectSummary> project(long projectId, Actor actor) {
		return this.projects.findVisible(projectId, actor);
	}

	public boolean mayEditProject(long projectId, Actor actor) {
		return this.projects.mayEdit(projectId, actor);
	}

	/** How sensitive the project is, whoever asks (confidential when unknown). */
	public Classification classificationOf(long projectId) {
		return this.projects.classificationOf(projectId).orElse(Classification.CONFIDENTIAL);
	}

	public Lens lens(Actor actor) {
		return new Lens(actor);
	}

	/**
	 * The rules through one person's eyes, remembering each project's answer so that a
	 * heatmap of many allocations asks once per project.
	 */
	public final class Lens {

		private final Actor actor;

		private final Set<Long> headed;

		private final Map<Long, Optional<ProjectSummary>> seen = new HashMap<>();

		Lens(Actor actor) {
			this.actor = actor;
			this.headed = centresHeadedBy(actor);
		}

		public Actor actor() {
			return this.actor;
		}

		public Set<Long> headedCentres() {
			return this.headed;
		}

		public boolean heads(Long centreUnitId) {
			return centreUnitId != null && this.headed.contains(centreUnitId);
		}

		public boolean maySee(Resource resource) {
			return this.actor.isPortfolioWide()
					|| (resource.personId() != null && resource.personId() == this.actor.id())
					|| heads(resource.centreUnitId());
		}

		public boolean mayManage(Resource resource) {
			return this.actor.has(GlobalRole.ADMINISTRATOR) || this.actor.has(GlobalRole.PMO_OFFICER)
					|| heads(resource.centreUnitId());
		}

		public Optional<ProjectSummary> project(Long projectId) {
			return projectId == null ? Optional.empty()
					: this.seen.computeIfAbsent(projectId, id -> projects.findVisible(id, this.actor));
		}

		/** Whether the person may see what is allocated or requested for the target. */
		public boolean maySee(Target target) {
			return !target.isProject() || project(target.projectId()).isPresent();
		}

		public boolean maySee(Allocation allocation) {
			return maySee(allocation.target());
		}

		public boolean maySee(StaffingRequest request) {
			if (!maySee(request.target())) {
				return false;
			}
			if (this.actor.isPortfolioWide() || request.requestedBy() == this.actor.id()
					|| heads(request.centreUnitId())) {
				return true;
			}
			return request.target().isProject() ? projects.mayEdit(request.projectId(), this.actor)
					: isSquadMember(this.actor, request.squadId());
		}

		/** The head of the centre asked, or the PMO, proposes and fulfils. */
		public boolean mayAnswer(StaffingRequest request) {
			return maySee(request) && (heads(request.centreUnitId()) || this.actor.has(GlobalRole.ADMINISTRATOR)
					|| this.actor.has(GlobalRole.PMO_OFFICER));
		}

		/**
		 * The requesting side accepts, declines and cancels: the project's editors, or
		 * for a squad its members and the requester; the PMO may too.
		 */
		public boolean mayDecide(StaffingRequest request) {
			if (!maySee(request)) {
				return false;
			}
			if (this.actor.isPortfolioWide() || request.requestedBy() == this.actor.id()) {
				return true;
			}
			return request.target().isProject() ? projects.mayEdit(request.projectId(), this.actor)
					: isSquadMember(this.actor, request.squadId());
		}

		/** Who may ask for people for the target. */
		public boolean mayRequestFor(Target target) {
			if (target.isProject()) {
				return project(target.projectId()).isPresent() && projects.mayEdit(target.projectId(), this.actor);
			}
			return this.actor.isPortfolioWide() || isSquadMember(this.actor, target.squadId());
		}

	}

}
