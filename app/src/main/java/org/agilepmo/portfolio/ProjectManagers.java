package org.agilepmo.portfolio;

import java.util.Optional;

/**
 * Who manages a project, for the platform's own reminders (overdue reports, deviations):
 * whoever asks, since the answer is only used to tell that person about their own
 * project.
 */
public interface ProjectManagers {

	/** The project's manager, when it has one. */
	Optional<Long> managerOf(long projectId);

}
