package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.List;

import org.agilepmo.delivery.SquadDelivery;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.shared.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link SquadDelivery} port: a tribe's squads through the reader's lens. */
@Component
class SquadFiguresReader implements SquadDelivery {

	private final DeliveryAccess access;

	private final Sprints sprints;

	private final SprintService sprintService;

	private final BacklogItems items;

	private final DeliveryProgress progress;

	SquadFiguresReader(DeliveryAccess access, Sprints sprints, SprintService sprintService, BacklogItems items,
			DeliveryProgress progress) {
		this.access = access;
		this.sprints = sprints;
		this.sprintService = sprintService;
		this.items = items;
		this.progress = progress;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SquadFigures> squadsOfTribe(long tribeId, Actor actor) {
		OrgUnitSummary tribe = this.access.tribe(tribeId);
		if (!this.access.maySeeTribe(actor, tribe)) {
			throw new AccessDeniedException("may not see tribe " + tribeId);
		}
		Lens lens = this.access.lens(actor);
		List<SquadFigures> figures = new ArrayList<>();
		for (OrgUnitSummary squad : this.access.squadsOf(tribeId)
			.stream()
			.sorted(java.util.Comparator.comparing(OrgUnitSummary::name))
			.toList()) {
			int closed = 0;
			int met = 0;
			String goal = null;
			for (Sprint sprint : this.sprints.findBySquadIdOrderByStartDateAscIdAsc(squad.id())) {
				if (sprint.state() == SprintState.CLOSED) {
					SprintService.SprintView seen = this.sprintService.seenBy(lens, sprint);
					closed++;
					int committed = seen.committedPoints() == null ? 0 : seen.committedPoints();
					int completed = seen.completedPoints() == null ? 0 : seen.completedPoints();
					if (completed >= committed) {
						met++;
					}
				}
				else if (sprint.state() == SprintState.ACTIVE) {
					goal = sprint.goal();
				}
			}
			Velocity velocity = this.sprintService.velocity(lens, squad.id());
			int wip = (int) VisibleItems.items(lens, this.items.findBySquadId(squad.id()))
				.stream()
				.filter(i -> i.category() == Category.IN_PROGRESS && i.type().onBoard())
				.count();
			figures.add(new SquadFigures(squad.id(), squad.name(), velocity.known() ? velocity.average() : null, closed,
					met, wip, goal));
		}
		return figures;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EpicFigures> epicsOfTribe(long tribeId, Actor actor) {
		return this.progress.epicsOfTribe(actor, tribeId)
			.stream()
			.map(e -> new EpicFigures(e.epic().id(), e.epic().title(), e.epic().squadId(), e.squadName(),
					e.epic().projectId(), e.epic().projectCode(), e.items(), e.doneItems(), e.points(), e.donePoints()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public DefectFigures defectsOfSquad(long squadId, Actor actor) {
		List<BacklogItem> bugs = VisibleItems.items(this.access.lens(actor), this.items.findBySquadId(squadId))
			.stream()
			.filter(i -> i.type() == ItemType.BUG)
			.toList();
		int done = (int) bugs.stream().filter(i -> i.category() == Category.DONE).count();
		return new DefectFigures(squadId, bugs.size() - done, done);
	}

}
