package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backlog item's life: writing, revising and removing items, moving cards on the
 * board (within the columns' WIP limits), ticking checklists and planning items into
 * sprints; and the access and persistence rules that {@link BacklogRanking},
 * {@link BacklogImport} and {@link DeliveryProgress} share. Every write is checked by
 * {@link DeliveryAccess}, guarded by the item's version and recorded in the audit trail
 * in the same transaction.
 */
@Service
public class BacklogService {

	static final String ENTITY = "delivery-item";

	private final BacklogItems items;

	private final BoardColumns columns;

	private final Sprints sprints;

	private final Releases releases;

	private final SquadSettingsRepository settings;

	private final DeliveryAccess access;

	private final ItemLog log;

	private final AuditTrail audit;

	private final DefaultColumns defaultColumns;

	private final People people;

	private final ApplicationEventPublisher events;

	BacklogService(BacklogItems items, BoardColumns columns, Sprints sprints, Releases releases,
			SquadSettingsRepository settings, DeliveryAccess access, ItemLog log, AuditTrail audit,
			DefaultColumns defaultColumns, People people, ApplicationEventPublisher events) {
		this.defaultColumns = defaultColumns;
		this.people = people;
		this.events = events;
		this.items = items;
		this.columns = columns;
		this.sprints = sprints;
		this.releases = releases;
		this.settings = settings;
		this.access = access;
		this.log = log;
		this.audit = audit;
	}

	// ---- reading

	/** The squad's backlog as the person may see it, in rank order. */
	@Transactional(readOnly = true)
	public List<ItemView> backlog(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		Lens lens = this.access.lens(actor);
		return views(lens, this.items.findBySquadId(squadId));
	}

	@Transactional(readOnly = true)
	public ItemView get(Actor actor, long id) {
		Lens lens = this.access.lens(actor);
		return view(lens, visible(lens, id));
	}

	/** The epics of every squad of a tribe, with the progress of the items below them. */

	/** An epic and the stories and bugs below it (directly or through features). */

	/** Items linked to the project, when the person may see it (404 otherwise). */

	// ---- writing

	@Transactional
	public ItemView create(Actor actor, long squadId, ItemDraft draft) {
		this.access.editableSquad(actor, squadId);
		Lens lens = this.access.lens(actor);
		checkReferences(lens, squadId, draft, null);
		checkAssignee(draft, squadId);
		List<CheckItem> checklist = new ArrayList<>();
		SquadSettings way = this.settings.findById(squadId).orElse(SquadSettings.defaults(squadId));
		way.definitionOfReady().forEach(l -> checklist.add(new CheckItem(CheckKind.READY, l, false)));
		way.definitionOfDone().forEach(l -> checklist.add(new CheckItem(CheckKind.DONE, l, false)));
		BacklogItem item = BacklogItem.write(squadId, draft, Rank.between(lastRank(squadId), null), checklist);
		this.items.saveAndFlush(item);
		this.log.record(item);
		this.audit.record(AuditRecord.created(ENTITY, item.id(), lens.classificationOf(item), item.snapshot()));
		announceAssignment(actor, item, null);
		return view(lens, item);
	}

	@Transactional
	public ItemView edit(Actor actor, long id, long expectedVersion, ItemDraft draft) {
		return edit(actor, id, expectedVersion, Change.to(draft));
	}

	/**
	 * Applies a change (the item's form, an API patch) to the item as it is now, in this
	 * transaction.
	 */
	@Transactional
	public ItemView edit(Actor actor, long id, long expectedVersion, Change<ItemDraft> change) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = editable(lens, id, expectedVersion);
		ItemDraft draft = change.applyTo(view(lens, item).toDraft());
		checkReferences(lens, item.squadId(), draft, item);
		if (!Objects.equals(draft.assigneeId(), item.assigneeId())) {
			checkAssignee(draft, item.squadId());
		}
		Long assignedBefore = item.assigneeId();
		BacklogItem.Snapshot before = item.snapshot();
		int pointsBefore = item.points();
		item.revise(draft);
		flush(item);
		if (pointsBefore != item.points()) {
			this.log.record(item);
		}
		this.audit.record(AuditRecord.updated(ENTITY, id, lens.classificationOf(item), before, item.snapshot()));
		announceAssignment(actor, item, assignedBefore);
		return view(lens, item);
	}

	/**
	 * The person an item is assigned to exists and may see the item (its squad's backlog,
	 * or its project).
	 */
	private void checkAssignee(ItemDraft draft, long squadId) {
		if (draft.assigneeId() == null) {
			return;
		}
		PersonSummary person = this.people.find(draft.assigneeId())
			.orElseThrow(() -> new RuleViolationException("assigneeId", "delivery.error.unknownAssignee",
					"there is no person " + draft.assigneeId()));
		Actor assignee = new Actor(person.id(), person.username(), person.displayName(), person.screening(),
				person.roles());
		boolean sees = (draft.projectId() != null) ? this.access.project(draft.projectId(), assignee).isPresent()
				: this.access.maySeeSquad(assignee, this.access.squad(squadId));
		if (!sees) {
			throw new RuleViolationException("assigneeId", "delivery.error.assigneeCannotSee",
					"this person may not see the item", person.displayName());
		}
	}

	/** Tells the person an item was assigned to them (by someone else). */
	private void announceAssignment(Actor actor, BacklogItem item, Long assignedBefore) {
		Long now = item.assigneeId();
		if (now != null && !now.equals(assignedBefore) && now != actor.id()) {
			this.events.publishEvent(new Attention(now, new ObjectRef(ENTITY, item.id()), "assignment", actor.id()));
		}
	}

	/** The items assigned to the person that they may see and that are not done. */
	@Transactional(readOnly = true)
	public List<ItemView> assignedTo(Actor actor) {
		Lens lens = this.access.lens(actor);
		return views(lens,
				this.items.findByAssigneeId(actor.id()).stream().filter(i -> i.category() != Category.DONE).toList());
	}

	private String nameOf(Long personId) {
		return (personId == null) ? null : this.people.find(personId).map(PersonSummary::displayName).orElse(null);
	}

	@Transactional
	public void delete(Actor actor, long id, long expectedVersion) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = editable(lens, id, expectedVersion);
		if (this.items.countByParentId(id) > 0) {
			throw new RuleViolationException("id", "delivery.error.hasChildren",
					"remove or move the items below this one first");
		}
		BacklogItem.Snapshot before = item.snapshot();
		item.planInto(null);
		item.standAt(Category.TODO);
		this.log.record(withNoPoints(item));
		this.items.delete(item);
		this.items.flush();
		this.audit.record(new AuditRecord(ENTITY + ".deleted", ENTITY, String.valueOf(id), lens.classificationOf(item),
				item.title(), before, null));
	}

	private static BacklogItem withNoPoints(BacklogItem item) {
		item.revise(new ItemDraft(item.type(), item.title(), item.description(), item.acceptanceCriteria(), null,
				item.parentId(), item.projectId(), item.milestoneRef(), item.externalKey(), item.releaseId(),
				item.labels(), item.assigneeId()));
		return item;
	}

	/** Moves an item one place up (-1) or down (+1) in the backlog: the keyboard way. */

	/**
	 * Moves a card into a column of its squad's board. A column at its WIP limit refuses
	 * it; the column is locked while the card is counted, so two people filling the last
	 * place at once cannot both get in.
	 */
	@Transactional
	public ItemView move(Actor actor, long id, long expectedVersion, long columnId) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = editable(lens, id, expectedVersion);
		BoardColumn column = this.columns.lockById(columnId)
			.filter(c -> c.squadId() == item.squadId())
			.orElseThrow(() -> new RuleViolationException("columnId", "delivery.error.noSuchColumn",
					"there is no such column on this squad's board"));
		if (!item.type().onBoard()) {
			throw new RuleViolationException("columnId", "delivery.error.notOnBoard",
					"epics and features are not worked on the board");
		}
		if (Objects.equals(item.columnId(), columnId)) {
			return view(lens, item);
		}
		long there = this.items.countByColumnIdAndIdNot(columnId, id);
		if (!WipLimit.admitsOneMore(column.wipLimit(), there)) {
			String name = this.defaultColumns.displayName(column.name());
			throw new RuleViolationException("columnId", "delivery.error.wipLimit",
					"the column '" + name + "' is at its WIP limit of " + column.wipLimit(), name, column.wipLimit());
		}
		BacklogItem.Snapshot before = item.snapshot();
		Category was = item.category();
		item.placeIn(column);
		flush(item);
		if (was != item.category()) {
			this.log.record(item);
		}
		this.audit.record(new AuditRecord(ENTITY + ".moved", ENTITY, String.valueOf(id), lens.classificationOf(item),
				"to " + column.name(), before, item.snapshot()));
		return view(lens, item);
	}

	@Transactional
	public ItemView tick(Actor actor, long id, long expectedVersion, int index, boolean checked) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = editable(lens, id, expectedVersion);
		BacklogItem.Snapshot before = item.snapshot();
		item.tick(index, checked);
		flush(item);
		this.audit.record(new AuditRecord(ENTITY + ".checked", ENTITY, String.valueOf(id), lens.classificationOf(item),
				(checked ? "ticked " : "unticked ") + index, before, item.snapshot()));
		return view(lens, item);
	}

	/**
	 * Plans the item into a sprint of its squad that is not closed, or back to the
	 * backlog.
	 */
	@Transactional
	public ItemView plan(Actor actor, long id, long expectedVersion, Long sprintId) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = editable(lens, id, expectedVersion);
		if (sprintId != null) {
			Sprint sprint = this.sprints.findById(sprintId)
				.filter(s -> s.squadId() == item.squadId())
				.orElseThrow(() -> new RuleViolationException("sprintId", "delivery.error.noSuchSprint",
						"there is no such sprint in this squad"));
			sprint.requireOpen();
			if (!item.type().onBoard()) {
				throw new RuleViolationException("sprintId", "delivery.error.notOnBoard",
						"epics and features are not planned into sprints");
			}
		}
		else if (item.sprintId() != null) {
			this.sprints.findById(item.sprintId()).ifPresent(Sprint::requireOpen);
		}
		BacklogItem.Snapshot before = item.snapshot();
		item.planInto(sprintId);
		flush(item);
		this.log.record(item);
		this.audit.record(new AuditRecord(ENTITY + ".planned", ENTITY, String.valueOf(id), lens.classificationOf(item),
				sprintId == null ? "to backlog" : "into sprint " + sprintId, before, item.snapshot()));
		return view(lens, item);
	}

	/** What an import did. */

	// ---- rules

	void checkReferences(Lens lens, long squadId, ItemDraft draft, BacklogItem self) {
		if (draft.projectId() != null && lens.projectOf(draft.projectId()).isEmpty()) {
			throw new RuleViolationException("projectId", "delivery.error.unknownProject",
					"there is no project " + draft.projectId() + " you may see", draft.projectId());
		}
		if (draft.parentId() != null) {
			BacklogItem parent = this.items.findById(draft.parentId())
				.filter(p -> p.squadId() == squadId && lens.maySee(p))
				.orElseThrow(() -> new RuleViolationException("parentId", "delivery.error.unknownParent",
						"the parent must be an item of the same squad"));
			if (draft.type() != null && !draft.type().allowedParents().contains(parent.type())) {
				throw new RuleViolationException("parentId", "delivery.error.parentType",
						"a " + draft.type() + " cannot sit below a " + parent.type(), draft.type(), parent.type());
			}
			if (self != null && parent.id().equals(self.id())) {
				throw new RuleViolationException("parentId", "delivery.error.unknownParent",
						"an item cannot be its own parent");
			}
		}
		if (draft.releaseId() != null
				&& this.releases.findById(draft.releaseId()).filter(r -> r.squadId() == squadId).isEmpty()) {
			throw new RuleViolationException("releaseId", "delivery.error.noSuchRelease",
					"there is no such release in this squad");
		}
		if (draft.milestoneRef() != null && !draft.milestoneRef().isBlank() && draft.projectId() == null) {
			throw new RuleViolationException("milestoneRef", "delivery.error.milestoneWithoutProject",
					"link the item to a project before linking it to one of its milestones");
		}
		if (draft.milestoneRef() != null && draft.milestoneRef().length() > 100) {
			throw new RuleViolationException("milestoneRef", "delivery.error.tooLong", "too long", 100);
		}
	}

	// ---- access and persistence

	BacklogItem visible(Lens lens, long id) {
		BacklogItem item = this.items.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!lens.maySee(item)) {
			throw new NotFoundException(ENTITY, id);
		}
		return item;
	}

	BacklogItem editable(Lens lens, long id, long expectedVersion) {
		BacklogItem item = visible(lens, id);
		if (!lens.mayEdit(item)) {
			throw new AccessDeniedException("may not change item " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, item.version());
		return item;
	}

	void flush(BacklogItem item) {
		try {
			this.items.saveAndFlush(item);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, item.id(), item.version(), item.version() + 1);
		}
	}

	String lastRank(long squadId) {
		String last = null;
		for (BacklogItem i : this.items.findBySquadId(squadId)) {
			if (last == null || i.rank().compareTo(last) > 0) {
				last = i.rank();
			}
		}
		return last;
	}

	static List<BacklogItem> sorted(List<BacklogItem> list) {
		List<BacklogItem> copy = new ArrayList<>(list);
		copy.sort(Comparator.comparing(BacklogItem::rank).thenComparing(BacklogItem::id));
		return copy;
	}

	List<ItemView> views(Lens lens, List<BacklogItem> list) {
		List<ItemView> views = new ArrayList<>();
		for (BacklogItem i : sorted(list)) {
			if (lens.maySee(i)) {
				views.add(view(lens, i));
			}
		}
		return views;
	}

	ItemView view(Lens lens, BacklogItem i) {
		String projectCode = lens.projectOf(i.projectId()).map(ProjectSummary::code).orElse(null);
		return new ItemView(i.id(), i.version(), i.squadId(), i.type(), i.title(), i.description(),
				i.acceptanceCriteria(), i.storyPoints(), i.parentId(), i.projectId(), projectCode, i.milestoneRef(),
				i.externalKey(), i.rank(), i.columnId(), i.category(), i.sprintId(), i.releaseId(), i.labels(),
				i.checklist(), i.ready(), lens.mayEdit(i), i.createdAt(), i.updatedAt(), i.assigneeId(),
				nameOf(i.assigneeId()));
	}

}
