package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agilepmo.delivery.ProjectDelivery;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the delivery of a project or a tribe amounts to, counting only what the reader may
 * see: the stories behind each milestone of a plan (the {@link ProjectDelivery} port that
 * planning reads), the epics of a tribe, the items of a project.
 */
@Service
public class DeliveryProgress implements ProjectDelivery {

	private final BacklogItems items;

	private final DeliveryAccess access;

	private final BacklogService backlog;

	DeliveryProgress(BacklogItems items, DeliveryAccess access, BacklogService backlog) {
		this.items = items;
		this.access = access;
		this.backlog = backlog;
	}

	@Transactional(readOnly = true)
	public List<EpicProgress> epicsOfTribe(Actor actor, long tribeId) {
		OrgUnitSummary tribe = this.access.tribe(tribeId);
		if (!this.access.maySeeTribe(actor, tribe)) {
			throw new AccessDeniedException("may not see tribe " + tribeId);
		}
		Map<Long, OrgUnitSummary> squads = new LinkedHashMap<>();
		this.access.squadsOf(tribeId).forEach(s -> squads.put(s.id(), s));
		Lens lens = this.access.lens(actor);
		List<BacklogItem> all = squads.isEmpty() ? List.of() : this.items.findBySquadIdIn(squads.keySet());
		Map<Long, List<BacklogItem>> children = new HashMap<>();
		for (BacklogItem i : all) {
			if (i.parentId() != null) {
				children.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
			}
		}
		List<EpicProgress> epics = new ArrayList<>();
		for (BacklogItem epic : BacklogService.sorted(all)) {
			if (epic.type() != ItemType.EPIC || !lens.maySee(epic)) {
				continue;
			}
			int[] tally = new int[4];
			tallyBelow(lens, epic.id(), children, tally);
			epics.add(new EpicProgress(this.backlog.view(lens, epic), squads.get(epic.squadId()).name(), tally[0],
					tally[1], tally[2], tally[3]));
		}
		return epics;
	}

	private static void tallyBelow(Lens lens, long id, Map<Long, List<BacklogItem>> children, int[] tally) {
		for (BacklogItem child : children.getOrDefault(id, List.of())) {
			if (child.type() != ItemType.FEATURE && child.type() != ItemType.TASK && lens.maySee(child)) {
				tally[0]++;
				tally[2] += child.points();
				if (child.category() == Category.DONE) {
					tally[1]++;
					tally[3] += child.points();
				}
			}
			tallyBelow(lens, child.id(), children, tally);
		}
	}

	public record EpicProgress(ItemView epic, String squadName, int items, int doneItems, int points, int donePoints) {

		public int percentDone() {
			return this.points == 0 ? (this.items == 0 ? 0 : 100 * this.doneItems / this.items)
					: 100 * this.donePoints / this.points;
		}

	}

	@Override
	@Transactional(readOnly = true)
	public List<MilestoneProgress> progressOf(long projectId, Actor actor) {
		if (this.access.project(projectId, actor).isEmpty()) {
			return List.of();
		}
		Map<String, int[]> byRef = new LinkedHashMap<>();
		for (BacklogItem i : BacklogService.sorted(this.items.findByProjectId(projectId))) {
			if (!i.type().onBoard() && i.type() != ItemType.STORY) {
				continue;
			}
			int[] t = byRef.computeIfAbsent(Objects.requireNonNullElse(i.milestoneRef(), ""), k -> new int[4]);
			t[0]++;
			t[2] += i.points();
			if (i.category() == Category.DONE) {
				t[1]++;
				t[3] += i.points();
			}
		}
		List<MilestoneProgress> progress = new ArrayList<>();
		byRef.forEach(
				(ref, t) -> progress.add(new MilestoneProgress(ref.isEmpty() ? null : ref, t[0], t[1], t[2], t[3])));
		return progress;
	}

	@Transactional(readOnly = true)
	public List<ItemView> ofProject(Actor actor, long projectId) {
		if (this.access.project(projectId, actor).isEmpty()) {
			throw new NotFoundException("project", projectId);
		}
		return this.backlog.views(this.access.lens(actor), this.items.findByProjectId(projectId));
	}

}
