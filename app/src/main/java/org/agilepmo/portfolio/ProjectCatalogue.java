package org.agilepmo.portfolio;

import java.util.List;
import java.util.Optional;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;

/**
 * Projects as other modules see them, always through the platform's access rule: a
 * project the person may not see is absent, exactly as if it did not exist.
 */
public interface ProjectCatalogue {

	/** The project, when it exists and the person may see it. */
	Optional<ProjectSummary> findVisible(long projectId, Actor actor);

	/**
	 * Whether the person may change the project (and so anything recorded about it);
	 * {@code false} also when they may not see it.
	 */
	boolean mayEdit(long projectId, Actor actor);

	/**
	 * The project, when the person may see it; 404 otherwise, so that a hidden project's
	 * existence does not leak. The one access check other modules make before reading
	 * what they record about a project.
	 */
	default ProjectSummary requireVisible(long projectId, Actor actor) {
		return findVisible(projectId, actor).orElseThrow(() -> new NotFoundException("project", projectId));
	}

	/**
	 * The project, when the person may change it (and so what is recorded about it): 404
	 * when they may not see it, 403 when they may see but not change it.
	 */
	default ProjectSummary requireEditable(long projectId, Actor actor) {
		ProjectSummary project = requireVisible(projectId, actor);
		if (!mayEdit(projectId, actor)) {
			throw new AccessDeniedException("may not change project " + projectId);
		}
		return project;
	}

	/**
	 * Every project the person may see, ordered by portfolio name and code; a project
	 * they may not see is never in the list.
	 */
	List<ProjectOverview> listVisible(Actor actor);

	/**
	 * The projects the person manages (they are its project manager) and may see, by
	 * code: where their own work is.
	 */
	List<ProjectSummary> managedBy(Actor actor);

	/**
	 * How sensitive the project is, whoever asks: for derived views (the search index)
	 * that apply the access rule to every hit themselves; empty when there is no such
	 * project.
	 */
	Optional<Classification> classificationOf(long projectId);

}
