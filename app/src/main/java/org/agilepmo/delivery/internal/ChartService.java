package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charts' figures, replayed from the item log: burndown and burnup per sprint,
 * velocity over the recent sprints, cumulative flow and cycle time per squad. They count
 * only the items the person may see; no other item is named or added in.
 */
@Service
public class ChartService {

	static final ZoneId ZONE = ZoneOffset.UTC;

	private final ItemEvents events;

	private final Sprints sprints;

	private final SprintService sprintService;

	private final DeliveryAccess access;

	private final VisibleItems visible;

	ChartService(ItemEvents events, Sprints sprints, SprintService sprintService, DeliveryAccess access,
			VisibleItems visible) {
		this.visible = visible;
		this.events = events;
		this.sprints = sprints;
		this.sprintService = sprintService;
		this.access = access;
	}

	public record SprintBar(long sprintId, String name, int committed, int completed) {
	}

	public record VelocityChart(List<SprintBar> sprints, Velocity velocity) {
	}

	public record CycleChart(List<CycleTime.Cycle> cycles, double average, double percentile85) {
	}

	@Transactional(readOnly = true)
	public List<SprintBurn.Day> burn(Actor actor, long sprintId) {
		Sprint sprint = this.sprintService.visible(actor, sprintId);
		List<ItemState> states = this.visible.states(this.access.lens(actor),
				this.events.ofItemsEverIn(sprintId).stream().map(ItemEvent::state).toList());
		return SprintBurn.series(states, sprintId, sprint.startDate(), sprint.endDate(), sprint.closedAt(),
				LocalDate.now(ZONE), ZONE, committedAt(sprint));
	}

	/**
	 * The ideal burndown over the whole sprint, from the points committed at its start
	 * (before it starts, the points planned so far) down to zero on its last day.
	 */
	@Transactional(readOnly = true)
	public List<Double> idealLine(Actor actor, long sprintId) {
		Sprint sprint = this.sprintService.visible(actor, sprintId);
		List<ItemState> states = this.visible.states(this.access.lens(actor),
				this.events.ofItemsEverIn(sprintId).stream().map(ItemEvent::state).toList());
		return SprintBurn.ideal(sprint.startDate(), sprint.endDate(),
				SprintBurn.committed(states, sprintId, committedAt(sprint)));
	}

	private static Instant committedAt(Sprint sprint) {
		return (sprint.startedAt() != null) ? sprint.startedAt() : Instant.now();
	}

	@Transactional(readOnly = true)
	public VelocityChart velocity(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		Lens lens = this.access.lens(actor);
		List<SprintBar> bars = this.sprints.findBySquadIdAndStateOrderByStartDateAscIdAsc(squadId, SprintState.CLOSED)
			.stream()
			.map(s -> this.sprintService.seenBy(lens, s))
			.map(s -> new SprintBar(s.id(), s.name(), zeroIfNull(s.committedPoints()), zeroIfNull(s.completedPoints())))
			.toList();
		return new VelocityChart(bars, this.sprintService.velocity(lens, squadId));
	}

	@Transactional(readOnly = true)
	public List<CumulativeFlow.Day> flow(Actor actor, long squadId, int days) {
		this.access.visibleSquad(actor, squadId);
		LocalDate today = LocalDate.now(ZONE);
		List<ItemState> states = this.visible.states(this.access.lens(actor),
				this.events.ofSquadBefore(squadId, today.plusDays(1).atStartOfDay(ZONE).toInstant())
					.stream()
					.map(ItemEvent::state)
					.toList());
		return CumulativeFlow.series(states, today.minusDays(Math.max(1, Math.min(days, 365)) - 1L), today, ZONE);
	}

	@Transactional(readOnly = true)
	public CycleChart cycleTime(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);
		List<ItemState> states = this.visible.states(this.access.lens(actor),
				this.events.ofSquadBefore(squadId, tomorrow.atStartOfDay(ZONE).toInstant())
					.stream()
					.map(ItemEvent::state)
					.toList());
		List<CycleTime.Cycle> cycles = CycleTime.of(states);
		return new CycleChart(cycles, Math.round(CycleTime.average(cycles) * 10) / 10.0,
				CycleTime.percentile(cycles, 85));
	}

	private static int zeroIfNull(Integer value) {
		return value == null ? 0 : value;
	}

}
