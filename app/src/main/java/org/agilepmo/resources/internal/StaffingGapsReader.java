package org.agilepmo.resources.internal;

import java.util.List;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.resources.StaffingGaps;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open staffing requests of a project, by the project's access rule. */
@Component
class StaffingGapsReader implements StaffingGaps {

	private final StaffingRequests requests;

	private final Skills skills;

	private final ProjectCatalogue projects;

	StaffingGapsReader(StaffingRequests requests, Skills skills, ProjectCatalogue projects) {
		this.requests = requests;
		this.skills = skills;
		this.projects = projects;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Gap> openRequests(long projectId, Actor actor) {
		if (this.projects.findVisible(projectId, actor).isEmpty()) {
			return List.of();
		}
		return this.requests.findByProjectIdOrderByFirstDayAscIdAsc(projectId)
			.stream()
			.filter(r -> r.state().isOpen())
			.map(r -> new Gap(r.id(), this.skills.findById(r.skillId()).map(Skill::name).orElse("?"), r.minLevel(),
					r.firstDay(), r.lastDay(), r.state().name()))
			.toList();
	}

}
