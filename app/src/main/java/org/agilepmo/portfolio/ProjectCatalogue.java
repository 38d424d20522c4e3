package org.agilepmo.portfolio;

import java.util.List;
import java.util.Optional;

import org.agilepmo.shared.Actor;

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
	 * Every project the person may see, ordered by portfolio name and code; a project
	 * they may not see is never in the list.
	 */
	List<ProjectOverview> listVisible(Actor actor);

}
