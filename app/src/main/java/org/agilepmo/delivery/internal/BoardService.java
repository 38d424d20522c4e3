package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.organisation.OrgUnitSummary;
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
 * A squad's way of working (Scrum or Kanban, definitions of ready and done), its board
 * columns with their WIP limits, and the board itself: the active sprint's cards for a
 * Scrum squad, every open card for a Kanban squad.
 */
@Service
public class BoardService {

	static final String SETTINGS = "delivery-squad";

	static final String COLUMN = "delivery-column";

	private final SquadSettingsRepository settings;

	private final BoardColumns columns;

	private final BacklogItems items;

	private final Sprints sprints;

	private final DeliveryAccess access;

	private final BacklogService backlog;

	private final AuditTrail audit;

	private final DefaultColumns defaults;

	BoardService(SquadSettingsRepository settings, BoardColumns columns, BacklogItems items, Sprints sprints,
			DeliveryAccess access, BacklogService backlog, AuditTrail audit, DefaultColumns defaults) {
		this.defaults = defaults;
		this.settings = settings;
		this.columns = columns;
		this.items = items;
		this.sprints = sprints;
		this.access = access;
		this.backlog = backlog;
		this.audit = audit;
	}

	public record SettingsView(long squadId, long version, String squadName, BoardMode mode,
			List<String> definitionOfReady, List<String> definitionOfDone, int velocityWindow, boolean editable) {
	}

	public record ColumnView(long id, long version, long squadId, String name, int position, Integer wipLimit,
			Category category) {
	}

	public record ColumnCards(ColumnView column, List<ItemView> cards, boolean full) {
	}

	public record Board(SettingsView squad, Long sprintId, String sprintName, List<ColumnCards> columns) {
	}

	@Transactional(readOnly = true)
	public SettingsView settings(Actor actor, long squadId) {
		OrgUnitSummary squad = this.access.visibleSquad(actor, squadId);
		return view(squad, way(squadId), this.access.mayEditSquad(actor, squad));
	}

	/**
	 * The squad of an item the person may see (through its project, perhaps without
	 * seeing the squad's backlog): its name and way of working, for the item's page.
	 */
	@Transactional(readOnly = true)
	public SettingsView settingsSeenThrough(Actor actor, ItemView item) {
		OrgUnitSummary squad = this.access.squad(item.squadId());
		return view(squad, way(item.squadId()), this.access.mayEditSquad(actor, squad));
	}

	@Transactional
	public SettingsView changeSettings(Actor actor, long squadId, long expectedVersion, BoardMode mode,
			List<String> ready, List<String> done, int window) {
		OrgUnitSummary squad = this.access.editableSquad(actor, squadId);
		SquadSettings way = this.settings.findById(squadId).orElse(null);
		boolean created = way == null;
		if (created) {
			if (expectedVersion != 0) {
				throw new StaleVersionException(SETTINGS, squadId, expectedVersion, 0);
			}
			way = SquadSettings.defaults(squadId);
		}
		else {
			Versioned.check(SETTINGS, squadId, expectedVersion, way.version());
		}
		SquadSettings.Snapshot before = created ? null : way.snapshot();
		way.change(mode, ready, done, window);
		try {
			this.settings.saveAndFlush(way);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(SETTINGS, squadId, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(AuditRecord.updated(SETTINGS, squadId, Classification.PUBLIC, before, way.snapshot()));
		return view(squad, way, true);
	}

	@Transactional(readOnly = true)
	public List<ColumnView> columns(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		return columnsOf(squadId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public ColumnView column(Actor actor, long columnId) {
		BoardColumn column = this.columns.findById(columnId).orElseThrow(() -> new NotFoundException(COLUMN, columnId));
		this.access.visibleSquad(actor, column.squadId());
		return view(column);
	}

	@Transactional
	public ColumnView addColumn(Actor actor, long squadId, String name, Category category, Integer wipLimit) {
		this.access.editableSquad(actor, squadId);
		List<BoardColumn> existing = columnsOf(squadId);
		if (existing.size() >= 12) {
			throw new RuleViolationException("name", "delivery.error.tooManyColumns", "a board has at most 12 columns");
		}
		BoardColumn column = this.columns
			.saveAndFlush(BoardColumn.of(squadId, existing.size(), name, category, wipLimit));
		this.audit.record(AuditRecord.created(COLUMN, column.id(), Classification.PUBLIC, column.snapshot()));
		return view(column);
	}

	@Transactional
	public ColumnView changeColumn(Actor actor, long columnId, long expectedVersion, String name, Category category,
			Integer wipLimit, Integer position) {
		BoardColumn column = this.columns.findById(columnId).orElseThrow(() -> new NotFoundException(COLUMN, columnId));
		this.access.editableSquad(actor, column.squadId());
		Versioned.check(COLUMN, columnId, expectedVersion, column.version());
		BoardColumn.Snapshot before = column.snapshot();
		if (category != column.category() && this.items.countByColumnIdAndIdNot(columnId, -1) > 0) {
			throw new RuleViolationException("category", "delivery.error.columnNotEmpty",
					"move the cards out before changing the column's category");
		}
		column.configure(name, category, wipLimit);
		if (position != null) {
			List<BoardColumn> all = new ArrayList<>(columnsOf(column.squadId()));
			all.removeIf(c -> c.id().equals(columnId));
			all.add(Math.max(0, Math.min(position, all.size())), column);
			for (int i = 0; i < all.size(); i++) {
				all.get(i).moveTo(i);
			}
		}
		try {
			this.columns.saveAndFlush(column);
			this.columns.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(COLUMN, columnId, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(AuditRecord.updated(COLUMN, columnId, Classification.PUBLIC, before, column.snapshot()));
		return view(column);
	}

	@Transactional
	public void removeColumn(Actor actor, long columnId, long expectedVersion) {
		BoardColumn column = this.columns.findById(columnId).orElseThrow(() -> new NotFoundException(COLUMN, columnId));
		this.access.editableSquad(actor, column.squadId());
		Versioned.check(COLUMN, columnId, expectedVersion, column.version());
		if (this.items.countByColumnIdAndIdNot(columnId, -1) > 0) {
			throw new RuleViolationException("id", "delivery.error.columnNotEmpty",
					"move the cards out before removing the column");
		}
		this.columns.delete(column);
		this.columns.flush();
		this.audit.record(new AuditRecord(COLUMN + ".deleted", COLUMN, String.valueOf(columnId), Classification.PUBLIC,
				column.name(), column.snapshot(), null));
	}

	/** The board as the person may see it. */
	@Transactional(readOnly = true)
	public Board board(Actor actor, long squadId) {
		OrgUnitSummary squad = this.access.visibleSquad(actor, squadId);
		SquadSettings way = way(squadId);
		List<BoardColumn> cols = columnsOf(squadId);
		List<BacklogItem> cards;
		Sprint active = null;
		if (way.mode() == BoardMode.SCRUM) {
			active = this.sprints.findBySquadIdAndStateOrderByStartDateAscIdAsc(squadId, SprintState.ACTIVE)
				.stream()
				.findFirst()
				.orElse(null);
			cards = (active == null) ? List.of() : this.items.findBySprintId(active.id());
		}
		else {
			cards = this.items.findBySquadId(squadId).stream().filter(i -> i.type().onBoard()).toList();
		}
		Lens lens = this.access.lens(actor);
		List<ItemView> visible = this.backlog.views(lens, cards);
		List<ColumnCards> board = new ArrayList<>();
		for (int c = 0; c < cols.size(); c++) {
			BoardColumn column = cols.get(c);
			boolean firstOfCategory = cols.stream()
				.filter(x -> x.category() == column.category())
				.findFirst()
				.map(x -> x.id().equals(column.id()))
				.orElse(false);
			List<ItemView> here = visible.stream()
				.filter(i -> (i.columnId() == null) ? (firstOfCategory && i.category() == column.category())
						: i.columnId().equals(column.id()))
				.toList();
			long count = VisibleItems.items(lens, this.items.findByColumnId(column.id())).size();
			board.add(new ColumnCards(view(column), here, !WipLimit.admitsOneMore(column.wipLimit(), count)));
		}
		return new Board(view(squad, way, this.access.mayEditSquad(actor, squad)), active == null ? null : active.id(),
				active == null ? null : active.name(), board);
	}

	/** The squad's columns, in order (a squad receives its first ones when created). */
	List<BoardColumn> columnsOf(long squadId) {
		return this.columns.findBySquadIdOrderByPosition(squadId);
	}

	SquadSettings way(long squadId) {
		return this.settings.findById(squadId).orElse(SquadSettings.defaults(squadId));
	}

	private static SettingsView view(OrgUnitSummary squad, SquadSettings way, boolean editable) {
		return new SettingsView(squad.id(), way.version(), squad.name(), way.mode(), way.definitionOfReady(),
				way.definitionOfDone(), way.velocityWindow(), editable);
	}

	ColumnView view(BoardColumn c) {
		return new ColumnView(c.id(), c.version(), c.squadId(), this.defaults.displayName(c.name()), c.position(),
				c.wipLimit(), c.category());
	}

}
