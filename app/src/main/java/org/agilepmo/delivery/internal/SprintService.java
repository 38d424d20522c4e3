package org.agilepmo.delivery.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sprints: planning them (dates, goal, availability, the commitment against recent
 * velocity), starting, closing (which carries unfinished items over), and their review
 * and retrospective with the actions it agrees on.
 */
@Service
public class SprintService {

	static final String ENTITY = "delivery-sprint";

	static final String ACTION = "delivery-action";

	private final Sprints sprints;

	private final BacklogItems items;

	private final RetroActions actions;

	private final BoardService boards;

	private final BacklogService backlog;

	private final DeliveryAccess access;

	private final ItemLog log;

	private final People people;

	private final AuditTrail audit;

	private final ItemEvents events;

	private final VisibleItems visible;

	SprintService(Sprints sprints, BacklogItems items, RetroActions actions, BoardService boards,
			BacklogService backlog, DeliveryAccess access, ItemLog log, People people, AuditTrail audit,
			ItemEvents events, VisibleItems visible) {
		this.events = events;
		this.visible = visible;
		this.sprints = sprints;
		this.items = items;
		this.actions = actions;
		this.boards = boards;
		this.backlog = backlog;
		this.access = access;
		this.log = log;
		this.people = people;
		this.audit = audit;
	}

	public record SprintView(long id, long version, long squadId, String name, String goal, LocalDate startDate,
			LocalDate endDate, SprintState state, Integer committedPoints, Integer completedPoints,
			Map<Long, BigDecimal> availability, String reviewShown, String reviewFeedback, Set<Long> acceptedItems,
			String retroWentWell, String retroToImprove, int lengthInDays) {
	}

	public record Planning(SprintView sprint, List<ItemView> items, SprintPlan plan, List<PersonSummary> members,
			List<Long> notReady) {
	}

	public record ActionView(long id, long version, long squadId, long sprintId, String text, Long ownerId,
			String ownerName, LocalDate dueDate, boolean done) {
	}

	public record Closing(SprintView sprint, CarryOver carryOver, Long carriedTo) {
	}

	// ---- reading

	@Transactional(readOnly = true)
	public List<SprintView> ofSquad(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		Lens lens = this.access.lens(actor);
		return this.sprints.findBySquadIdOrderByStartDateAscIdAsc(squadId).stream().map(s -> seenBy(lens, s)).toList();
	}

	@Transactional(readOnly = true)
	public SprintView get(Actor actor, long id) {
		return seenBy(this.access.lens(actor), visible(actor, id));
	}

	/**
	 * The sprint with its items, capacity and whether the commitment exceeds velocity.
	 */
	@Transactional(readOnly = true)
	public Planning planning(Actor actor, long id) {
		Sprint sprint = visible(actor, id);
		Lens lens = this.access.lens(actor);
		List<BacklogItem> inSprint = VisibleItems.items(lens, this.items.findBySprintId(id));
		int committed = inSprint.stream().mapToInt(BacklogItem::points).sum();
		SprintPlan plan = SprintPlan.of(committed, sprint.availability().values(), velocity(lens, sprint.squadId()));
		List<Long> notReady = inSprint.stream().filter(i -> !i.ready()).map(BacklogItem::id).toList();
		List<PersonSummary> members = new ArrayList<>(this.people.findAll(sprint.availability().keySet()).values());
		return new Planning(seenBy(lens, sprint), this.backlog.views(lens, inSprint), plan, members, notReady);
	}

	/**
	 * The squad's velocity over its configured window of closed sprints, from the points
	 * the person may see.
	 */
	@Transactional(readOnly = true)
	public Velocity velocity(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		return velocity(this.access.lens(actor), squadId);
	}

	Velocity velocity(Lens lens, long squadId) {
		List<Integer> completed = this.sprints
			.findBySquadIdAndStateOrderByStartDateAscIdAsc(squadId, SprintState.CLOSED)
			.stream()
			.map(s -> seenBy(lens, s).completedPoints())
			.map(points -> points == null ? 0 : points)
			.toList();
		return Velocity.of(completed, this.boards.way(squadId).velocityWindow());
	}

	/**
	 * The sprint with its committed and completed points as the person sees them: the
	 * points that items the person may not see had in the sprint when it started (and
	 * that were done in it when it closed) are left out, replayed from the item log.
	 */
	SprintView seenBy(Lens lens, Sprint sprint) {
		if (sprint.committedPoints() == null && sprint.completedPoints() == null) {
			return view(sprint, null, null);
		}
		List<ItemState> states = this.events.ofItemsEverIn(sprint.id()).stream().map(ItemEvent::state).toList();
		Set<Long> hidden = this.visible.hidden(lens, states.stream().map(ItemState::itemId).toList());
		if (hidden.isEmpty()) {
			return view(sprint);
		}
		Replay replay = new Replay(states.stream().filter(s -> hidden.contains(s.itemId())).toList());
		Integer committed = (sprint.committedPoints() == null) ? null
				: Math.max(0, sprint.committedPoints() - pointsIn(replay, sprint.id(), sprint.startedAt(), false));
		Integer completed = (sprint.completedPoints() == null) ? null
				: Math.max(0, sprint.completedPoints() - pointsIn(replay, sprint.id(), sprint.closedAt(), true));
		return view(sprint, committed, completed);
	}

	private static int pointsIn(Replay replay, long sprintId, java.time.Instant at, boolean doneOnly) {
		if (at == null) {
			return 0;
		}
		int points = 0;
		for (ItemState s : replay.before(at.plusNanos(1))) {
			if (s.sprintId() != null && s.sprintId() == sprintId && (!doneOnly || s.category() == Category.DONE)) {
				points += s.points();
			}
		}
		return points;
	}

	@Transactional(readOnly = true)
	public List<ActionView> actions(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		return actionViews(this.actions.findBySquadIdOrderByDoneAscIdAsc(squadId));
	}

	@Transactional(readOnly = true)
	public List<ActionView> actionsOfSprint(Actor actor, long sprintId) {
		visible(actor, sprintId);
		return actionViews(this.actions.findBySprintIdOrderByIdAsc(sprintId));
	}

	/** One action, when the person may see its squad. */
	@Transactional(readOnly = true)
	public java.util.Optional<ActionView> actionById(Actor actor, long id) {
		return this.actions.findById(id).map(a -> {
			this.access.visibleSquad(actor, a.squadId());
			return actionViews(List.of(a)).get(0);
		});
	}

	// ---- writing

	@Transactional
	public SprintView plan(Actor actor, long squadId, String name, String goal, LocalDate start, LocalDate end) {
		this.access.editableSquad(actor, squadId);
		Sprint sprint = this.sprints.saveAndFlush(Sprint.plan(squadId, name, goal, start, end));
		this.audit.record(AuditRecord.created(ENTITY, sprint.id(), Classification.PUBLIC, sprint.snapshot()));
		return seenBy(this.access.lens(actor), sprint);
	}

	@Transactional
	public SprintView revise(Actor actor, long id, long expectedVersion, String name, String goal, LocalDate start,
			LocalDate end) {
		Sprint sprint = editable(actor, id, expectedVersion);
		Sprint.Snapshot before = sprint.snapshot();
		sprint.revise(name, goal, start, end);
		return saved(actor, sprint, before, "updated", null);
	}

	/**
	 * Changes the name, goal or dates given, keeping the others, in this transaction
	 * (null keeps a value).
	 */
	@Transactional
	public SprintView revisePartly(Actor actor, long id, long expectedVersion, String name, String goal,
			LocalDate start, LocalDate end) {
		Sprint sprint = editable(actor, id, expectedVersion);
		Sprint.Snapshot before = sprint.snapshot();
		sprint.revise((name != null) ? name : sprint.name(), (goal != null) ? goal : sprint.goal(),
				(start != null) ? start : sprint.startDate(), (end != null) ? end : sprint.endDate());
		return saved(actor, sprint, before, "updated", null);
	}

	@Transactional
	public SprintView makeAvailable(Actor actor, long id, long expectedVersion, long personId, BigDecimal days) {
		Sprint sprint = editable(actor, id, expectedVersion);
		if (this.people.find(personId).isEmpty()) {
			throw new RuleViolationException("personId", "delivery.error.unknownPerson", "there is no such person");
		}
		Sprint.Snapshot before = sprint.snapshot();
		sprint.makeAvailable(personId, days);
		return saved(actor, sprint, before, "availability", personId + ": " + days);
	}

	@Transactional
	public SprintView start(Actor actor, long id, long expectedVersion) {
		Sprint sprint = editable(actor, id, expectedVersion);
		if (!this.sprints.findBySquadIdAndStateOrderByStartDateAscIdAsc(sprint.squadId(), SprintState.ACTIVE)
			.isEmpty()) {
			throw new RuleViolationException("state", "delivery.error.anotherActive",
					"close the active sprint before starting another");
		}
		Sprint.Snapshot before = sprint.snapshot();
		int committed = this.items.findBySprintId(id).stream().mapToInt(BacklogItem::points).sum();
		sprint.start(committed, this.log.now());
		return saved(actor, sprint, before, "started", committed + " points");
	}

	/**
	 * Closes the active sprint: finished items stay in it and make its completed points;
	 * the others move to the next planned sprint of the squad, or back to the backlog.
	 */
	@Transactional
	public Closing close(Actor actor, long id, long expectedVersion) {
		Sprint sprint = editable(actor, id, expectedVersion);
		List<BacklogItem> inSprint = this.items.findBySprintId(id);
		CarryOver carry = CarryOver
			.of(inSprint.stream().map(i -> new CarryOver.Card(i.id(), i.storyPoints(), i.category())).toList());
		Sprint.Snapshot before = sprint.snapshot();
		sprint.close(carry.completedPoints(), this.log.now());
		Long next = this.sprints.findBySquadIdAndStateOrderByStartDateAscIdAsc(sprint.squadId(), SprintState.PLANNED)
			.stream()
			.filter(s -> !s.id().equals(id))
			.map(Sprint::id)
			.findFirst()
			.orElse(null);
		SprintView closed = saved(actor, sprint, before, "closed",
				carry.completedPoints() + " points done, " + carry.carried().size() + " items carried over");
		Set<Long> carried = new HashSet<>(carry.carried());
		Lens lens = this.access.lens(actor);
		for (BacklogItem item : inSprint) {
			if (carried.contains(item.id())) {
				BacklogItem.Snapshot itemBefore = item.snapshot();
				item.planInto(next);
				this.items.saveAndFlush(item);
				this.log.record(item);
				this.audit.record(new AuditRecord(BacklogService.ENTITY + ".carried-over", BacklogService.ENTITY,
						String.valueOf(item.id()), lens.classificationOf(item),
						next == null ? "back to the backlog" : "to sprint " + next, itemBefore, item.snapshot()));
			}
		}
		return new Closing(closed, carry, next);
	}

	@Transactional
	public SprintView review(Actor actor, long id, long expectedVersion, String shown, String feedback,
			Set<Long> accepted) {
		Sprint sprint = editable(actor, id, expectedVersion);
		Set<Long> inSprint = new HashSet<>();
		this.items.findBySprintId(id).forEach(i -> inSprint.add(i.id()));
		for (Long itemId : accepted) {
			if (!inSprint.contains(itemId)) {
				throw new RuleViolationException("acceptedItems", "delivery.error.notInSprint",
						"item " + itemId + " is not in this sprint", itemId);
			}
		}
		Sprint.Snapshot before = sprint.snapshot();
		sprint.review(shown, feedback, accepted);
		return saved(actor, sprint, before, "reviewed", null);
	}

	@Transactional
	public SprintView retrospective(Actor actor, long id, long expectedVersion, String wentWell, String toImprove) {
		Sprint sprint = editable(actor, id, expectedVersion);
		Sprint.Snapshot before = sprint.snapshot();
		sprint.retrospective(wentWell, toImprove);
		return saved(actor, sprint, before, "retrospective", null);
	}

	@Transactional
	public ActionView agree(Actor actor, long sprintId, String text, Long ownerId, LocalDate due) {
		Sprint sprint = visible(actor, sprintId);
		this.access.editableSquad(actor, sprint.squadId());
		checkOwner(ownerId);
		RetroAction action = this.actions
			.saveAndFlush(RetroAction.agree(sprint.squadId(), sprintId, text, ownerId, due));
		this.audit.record(AuditRecord.created(ACTION, action.id(), Classification.PUBLIC, action.snapshot()));
		return actionViews(List.of(action)).get(0);
	}

	@Transactional
	public ActionView changeAction(Actor actor, long actionId, long expectedVersion, String text, Long ownerId,
			LocalDate due, boolean done) {
		RetroAction action = this.actions.findById(actionId).orElseThrow(() -> new NotFoundException(ACTION, actionId));
		this.access.visibleSquad(actor, action.squadId());
		this.access.editableSquad(actor, action.squadId());
		Versioned.check(ACTION, actionId, expectedVersion, action.version());
		checkOwner(ownerId);
		RetroAction.Snapshot before = action.snapshot();
		action.revise(text, ownerId, due, done);
		try {
			this.actions.saveAndFlush(action);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ACTION, actionId, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(AuditRecord.updated(ACTION, actionId, Classification.PUBLIC, before, action.snapshot()));
		return actionViews(List.of(action)).get(0);
	}

	private void checkOwner(Long ownerId) {
		if (ownerId != null && this.people.find(ownerId).isEmpty()) {
			throw new RuleViolationException("ownerId", "delivery.error.unknownPerson", "there is no such person");
		}
	}

	// ---- access and persistence

	Sprint visible(Actor actor, long id) {
		Sprint sprint = this.sprints.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		this.access.visibleSquad(actor, sprint.squadId());
		return sprint;
	}

	private Sprint editable(Actor actor, long id, long expectedVersion) {
		Sprint sprint = visible(actor, id);
		this.access.editableSquad(actor, sprint.squadId());
		Versioned.check(ENTITY, id, expectedVersion, sprint.version());
		return sprint;
	}

	private SprintView saved(Actor actor, Sprint sprint, Sprint.Snapshot before, String what, String summary) {
		try {
			this.sprints.saveAndFlush(sprint);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, sprint.id(), sprint.version(), sprint.version() + 1);
		}
		this.audit.record(new AuditRecord(ENTITY + "." + what, ENTITY, String.valueOf(sprint.id()),
				Classification.PUBLIC, summary, before, sprint.snapshot()));
		return seenBy(this.access.lens(actor), sprint);
	}

	private List<ActionView> actionViews(List<RetroAction> list) {
		Set<Long> owners = new HashSet<>();
		list.forEach(a -> {
			if (a.ownerId() != null) {
				owners.add(a.ownerId());
			}
		});
		Map<Long, PersonSummary> named = owners.isEmpty() ? Map.of() : this.people.findAll(owners);
		return list.stream()
			.map(a -> new ActionView(a.id(), a.version(), a.squadId(), a.sprintId(), a.text(), a.ownerId(),
					a.ownerId() == null || !named.containsKey(a.ownerId()) ? null
							: named.get(a.ownerId()).displayName(),
					a.dueDate(), a.done()))
			.toList();
	}

	static SprintView view(Sprint s) {
		return view(s, s.committedPoints(), s.completedPoints());
	}

	private static SprintView view(Sprint s, Integer committedPoints, Integer completedPoints) {
		return new SprintView(s.id(), s.version(), s.squadId(), s.name(), s.goal(), s.startDate(), s.endDate(),
				s.state(), committedPoints, completedPoints, s.availability(), s.reviewShown(), s.reviewFeedback(),
				s.acceptedItems(), s.retroWentWell(), s.retroToImprove(), s.lengthInDays());
	}

}
