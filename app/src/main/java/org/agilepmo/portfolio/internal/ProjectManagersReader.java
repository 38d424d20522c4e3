package org.agilepmo.portfolio.internal;

import java.util.Optional;

import org.agilepmo.portfolio.ProjectManagers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A project's manager, read for reminders. */
@Component
class ProjectManagersReader implements ProjectManagers {

	private final Projects projects;

	ProjectManagersReader(Projects projects) {
		this.projects = projects;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> managerOf(long projectId) {
		return this.projects.findById(projectId).map(Project::projectManagerId);
	}

}
