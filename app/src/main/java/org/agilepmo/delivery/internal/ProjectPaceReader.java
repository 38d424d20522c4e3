package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.agilepmo.delivery.ProjectPace;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The squads behind a project with their velocity and sprint goal, for status reports.
 */
@Component
class ProjectPaceReader implements ProjectPace {

	private final BacklogItems items;

	private final Sprints sprints;

	private final SprintService sprintService;

	private final DeliveryAccess access;

	ProjectPaceReader(BacklogItems items, Sprints sprints, SprintService sprintService, DeliveryAccess access) {
		this.items = items;
		this.sprints = sprints;
		this.sprintService = sprintService;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SquadPace> squadsOf(long projectId, Actor actor) {
		if (this.access.project(projectId, actor).isEmpty()) {
			return List.of();
		}
		DeliveryAccess.Lens lens = this.access.lens(actor);
		Set<Long> squadIds = new TreeSet<>();
		for (BacklogItem item : this.items.findByProjectId(projectId)) {
			if (lens.maySee(item)) {
				squadIds.add(item.squadId());
			}
		}
		List<SquadPace> pace = new ArrayList<>();
		for (long squadId : squadIds) {
			Velocity velocity = this.sprintService.velocity(lens, squadId);
			Sprint active = this.sprints.findBySquadIdAndStateOrderByStartDateAscIdAsc(squadId, SprintState.ACTIVE)
				.stream()
				.reduce((first, second) -> second)
				.orElse(null);
			pace.add(new SquadPace(squadId, this.access.squad(squadId).name(), velocity.sprints(), velocity.average(),
					active == null ? null : active.name(), active == null ? null : active.goal()));
		}
		return pace;
	}

}
