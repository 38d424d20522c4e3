package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.ProjectDelivery;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backlog use cases: writing, revising and removing items, ordering them, moving
 * cards on the board (within the columns' WIP limits), ticking checklists and planning
 * items into sprints. Every write is checked by {@link DeliveryAccess}, guarded by the
 * item's version and recorded in the audit trail in the same transaction.
 */
@Service
public class BacklogService implements ProjectDelivery {

	static final String ENTITY = "delivery-item";

	private final BacklogItems items;

	private final BoardColumns columns;

	private final Sprints sprints;

	private final Releases releases;

	private final SquadSettingsRepository settings;

	private final DeliveryAccess access;

	private final ItemLog log;

	private final AuditTrail audit;

	BacklogService(BacklogItems items, BoardColumns columns, Sprints sprints, Releases releases,
			SquadSettingsRepository settings, DeliveryAccess access, ItemLog log, AuditTrail audit) {
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
		for (BacklogItem epic : sorted(all)) {
			if (epic.type() != ItemType.EPIC || !lens.maySee(epic)) {
				continue;
			}
			int[] tally = new int[4];
			tallyBelow(epic.id(), children, tally);
			epics.add(new EpicProgress(view(lens, epic), squads.get(epic.squadId()).name(), tally[0], tally[1],
					tally[2], tally[3]));
		}
		return epics;
	}

	private static void tallyBelow(long id, Map<Long, List<BacklogItem>> children, int[] tally) {
		for (BacklogItem child : children.getOrDefault(id, List.of())) {
			if (child.type() != ItemType.FEATURE && child.type() != ItemType.TASK) {
				tally[0]++;
				tally[2] += child.points();
				if (child.category() == Category.DONE) {
					tally[1]++;
					tally[3] += child.points();
				}
			}
			tallyBelow(child.id(), children, tally);
		}
	}

	/** An epic and the stories and bugs below it (directly or through features). */
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
		for (BacklogItem i : sorted(this.items.findByProjectId(projectId))) {
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

	/** Items linked to the project, when the person may see it (404 otherwise). */
	@Transactional(readOnly = true)
	public List<ItemView> ofProject(Actor actor, long projectId) {
		if (this.access.project(projectId, actor).isEmpty()) {
			throw new NotFoundException("project", projectId);
		}
		return views(this.access.lens(actor), this.items.findByProjectId(projectId));
	}

	// ---- writing

	@Transactional
	public ItemView create(Actor actor, long squadId, ItemDraft draft) {
		this.access.editableSquad(actor, squadId);
		Lens lens = this.access.lens(actor);
		checkReferences(lens, squadId, draft, null);
		List<CheckItem> checklist = new ArrayList<>();
		SquadSettings way = this.settings.findById(squadId).orElse(SquadSettings.defaults(squadId));
		way.definitionOfReady().forEach(l -> checklist.add(new CheckItem(CheckKind.READY, l, false)));
		way.definitionOfDone().forEach(l -> checklist.add(new CheckItem(CheckKind.DONE, l, false)));
		BacklogItem item = BacklogItem.write(squadId, draft, Rank.between(lastRank(squadId), null), checklist);
		this.items.saveAndFlush(item);
		this.log.record(item);
		this.audit.record(AuditRecord.created(ENTITY, item.id(), lens.classificationOf(item), item.snapshot()));
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
		BacklogItem.Snapshot before = item.snapshot();
		int pointsBefore = item.points();
		item.revise(draft);
		flush(item);
		if (pointsBefore != item.points()) {
			this.log.record(item);
		}
		this.audit.record(AuditRecord.updated(ENTITY, id, lens.classificationOf(item), before, item.snapshot()));
		return view(lens, item);
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
				item.labels()));
		return item;
	}

	/**
	 * Puts the item right after another one of the backlog ({@code afterId}), or first
	 * when that is {@code null}. Only this item's row changes.
	 */
	@Transactional
	public ItemView reorder(Actor actor, long id, long expectedVersion, Long afterId) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = editable(lens, id, expectedVersion);
		List<BacklogItem> others = sorted(this.items.findBySquadId(item.squadId()));
		others.removeIf(i -> i.id().equals(id));
		int at = 0;
		if (afterId != null) {
			at = -1;
			for (int i = 0; i < others.size(); i++) {
				if (others.get(i).id().equals(afterId)) {
					at = i + 1;
				}
			}
			if (at < 0) {
				throw new RuleViolationException("afterId", "delivery.error.notInBacklog",
						"that item is not in this backlog");
			}
		}
		String before = (at == 0) ? null : others.get(at - 1).rank();
		String after = (at >= others.size()) ? null : others.get(at).rank();
		if (before != null && after != null && before.compareTo(after) >= 0) {
			rebalance(others);
			before = (at == 0) ? null : others.get(at - 1).rank();
			after = (at >= others.size()) ? null : others.get(at).rank();
		}
		BacklogItem.Snapshot snapshot = item.snapshot();
		String rank = Rank.between(before, after);
		item.rankAt(rank);
		flush(item);
		if (rank.length() > Rank.REBALANCE_LENGTH) {
			List<BacklogItem> all = sorted(this.items.findBySquadId(item.squadId()));
			rebalance(all);
		}
		this.audit.record(new AuditRecord(ENTITY + ".reordered", ENTITY, String.valueOf(id),
				lens.classificationOf(item), "after " + afterId, snapshot, item.snapshot()));
		return view(lens, item);
	}

	/** Moves an item one place up (-1) or down (+1) in the backlog: the keyboard way. */
	@Transactional
	public ItemView step(Actor actor, long id, long expectedVersion, int direction) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = visible(lens, id);
		List<BacklogItem> all = sorted(this.items.findBySquadId(item.squadId()));
		int index = indexOf(all, id);
		int target = index + Integer.signum(direction);
		if (target < 0 || target >= all.size()) {
			return reorder(actor, id, expectedVersion, index == 0 ? null : all.get(index - 1).id());
		}
		all.remove(index);
		Long afterId = (target == 0) ? null : all.get(target - 1).id();
		return reorder(actor, id, expectedVersion, afterId);
	}

	private static int indexOf(List<BacklogItem> list, long id) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).id() == id) {
				return i;
			}
		}
		throw new NotFoundException(ENTITY, id);
	}

	private void rebalance(List<BacklogItem> ordered) {
		String[] ranks = Rank.evenly(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).rankAt(ranks[i]);
		}
		this.items.saveAllAndFlush(ordered);
	}

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
			throw new RuleViolationException("columnId", "delivery.error.wipLimit",
					"the column '" + column.name() + "' is at its WIP limit of " + column.wipLimit(), column.name(),
					column.wipLimit());
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
	public record ImportResult(int created, int updated) {
	}

	/**
	 * Writes the rows of a CSV file into the squad's backlog, all or nothing: a row whose
	 * Issue key is already in the squad's backlog updates that item, the others are
	 * appended in file order. Parents may point at a row of the file (by Issue key or
	 * Issue id) or at an item already in the backlog (by its key).
	 */
	/**
	 * Reads the CSV text and imports it, once the person is known to may change the
	 * squad.
	 */
	@Transactional
	public ImportResult importCsv(Actor actor, long squadId, String csv) {
		this.access.editableSquad(actor, squadId);
		return importRows(actor, squadId, BacklogCsv.read(csv));
	}

	@Transactional
	public ImportResult importRows(Actor actor, long squadId, List<BacklogCsv.Row> rows) {
		this.access.editableSquad(actor, squadId);
		Lens lens = this.access.lens(actor);
		Map<String, BacklogItem> byKey = new HashMap<>();
		for (BacklogItem existing : this.items.findBySquadId(squadId)) {
			if (existing.externalKey() != null) {
				byKey.put(existing.externalKey(), existing);
			}
		}
		SquadSettings way = this.settings.findById(squadId).orElse(SquadSettings.defaults(squadId));
		List<BoardColumn> board = this.columns.findBySquadIdOrderByPosition(squadId);
		Map<String, BacklogItem> byRowRef = new HashMap<>();
		Map<BacklogCsv.Row, BacklogItem> written = new LinkedHashMap<>();
		String rank = lastRank(squadId);
		int created = 0;
		int updated = 0;
		for (BacklogCsv.Row row : rows) {
			ItemDraft draft = new ItemDraft(row.type(), row.title(), row.description(), row.acceptanceCriteria(),
					row.points(), null, null, null, row.key(), null, row.labels());
			BacklogItem item = (row.key() == null) ? null : byKey.get(row.key());
			try {
				if (item == null) {
					List<CheckItem> checklist = new ArrayList<>();
					way.definitionOfReady().forEach(l -> checklist.add(new CheckItem(CheckKind.READY, l, false)));
					way.definitionOfDone().forEach(l -> checklist.add(new CheckItem(CheckKind.DONE, l, false)));
					rank = Rank.between(rank, null);
					item = BacklogItem.write(squadId, draft, rank, checklist);
					created++;
				}
				else {
					if (!lens.mayEdit(item)) {
						throw new AccessDeniedException("may not change item " + item.id());
					}
					ItemDraft current = item.draft();
					item.revise(new ItemDraft(row.type(), row.title(), row.description(), row.acceptanceCriteria(),
							row.points(), current.parentId(), current.projectId(), current.milestoneRef(), row.key(),
							current.releaseId(), row.labels()));
					updated++;
				}
			}
			catch (RuleViolationException ex) {
				throw BacklogCsv.bad(row.row(), row.columnOf(ex.field()), "delivery.import.invalid", ex.getMessage(),
						ex.getMessage());
			}
			if (item.category() != row.category()) {
				placeImported(item, row.category(), board);
			}
			this.items.save(item);
			written.put(row, item);
			if (row.key() != null) {
				byRowRef.put(row.key(), item);
			}
			if (row.id() != null) {
				byRowRef.put(row.id(), item);
			}
		}
		for (Map.Entry<BacklogCsv.Row, BacklogItem> e : written.entrySet()) {
			BacklogCsv.Row row = e.getKey();
			if (row.parent() == null) {
				continue;
			}
			BacklogItem parent = byRowRef.getOrDefault(row.parent(), byKey.get(row.parent()));
			String column = row.columnOf("parent");
			if (parent == null) {
				throw BacklogCsv.bad(row.row(), column, "delivery.import.parentUnknown",
						"'" + row.parent() + "' is neither a row of the file nor an item of this backlog",
						row.parent());
			}
			if (!row.type().allowedParents().contains(parent.type())) {
				throw BacklogCsv.bad(row.row(), column, "delivery.import.parentType",
						"a " + row.type() + " cannot sit below a " + parent.type(), row.type(), parent.type());
			}
			BacklogItem child = e.getValue();
			ItemDraft d = child.draft();
			child.revise(new ItemDraft(d.type(), d.title(), d.description(), d.acceptanceCriteria(), d.storyPoints(),
					parent.id(), d.projectId(), d.milestoneRef(), d.externalKey(), d.releaseId(), d.labels()));
		}
		this.items.flush();
		for (BacklogItem item : written.values()) {
			this.log.record(item);
			this.audit.record(new AuditRecord(ENTITY + ".imported", ENTITY, String.valueOf(item.id()),
					lens.classificationOf(item), item.externalKey(), null, item.snapshot()));
		}
		return new ImportResult(created, updated);
	}

	private static void placeImported(BacklogItem item, Category category, List<BoardColumn> board) {
		for (BoardColumn column : board) {
			if (column.category() == category) {
				item.recordedIn(column);
				return;
			}
		}
		item.standAt(category);
	}

	// ---- rules

	private void checkReferences(Lens lens, long squadId, ItemDraft draft, BacklogItem self) {
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

	private BacklogItem editable(Lens lens, long id, long expectedVersion) {
		BacklogItem item = visible(lens, id);
		if (!lens.mayEdit(item)) {
			throw new AccessDeniedException("may not change item " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, item.version());
		return item;
	}

	private void flush(BacklogItem item) {
		try {
			this.items.saveAndFlush(item);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, item.id(), item.version(), item.version() + 1);
		}
	}

	private String lastRank(long squadId) {
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
				i.checklist(), i.ready(), lens.mayEdit(i), i.createdAt(), i.updatedAt());
	}

}
