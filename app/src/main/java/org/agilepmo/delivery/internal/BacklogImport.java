package org.agilepmo.delivery.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A squad's backlog filled from a Jira CSV export, all or nothing. */
@Service
public class BacklogImport {

	private final BacklogItems items;

	private final BoardColumns columns;

	private final SquadSettingsRepository settings;

	private final DeliveryAccess access;

	private final ItemLog log;

	private final AuditTrail audit;

	private final BacklogService backlog;

	private final ImportWorkspace uploads;

	private final People people;

	BacklogImport(BacklogItems items, BoardColumns columns, SquadSettingsRepository settings, DeliveryAccess access,
			ItemLog log, AuditTrail audit, BacklogService backlog, ImportWorkspace uploads, People people) {
		this.people = people;
		this.uploads = uploads;
		this.items = items;
		this.columns = columns;
		this.settings = settings;
		this.access = access;
		this.log = log;
		this.audit = audit;
		this.backlog = backlog;
	}

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

	/**
	 * The same from an upload, read no further than the import limit for text (a larger
	 * one is refused naming the file and the limit).
	 */
	@Transactional
	public ImportResult importCsv(Actor actor, long squadId, String fileName, InputStream csv) {
		this.access.editableSquad(actor, squadId);
		return importRows(actor, squadId, BacklogCsv.read(this.uploads.text(fileName, csv)));
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
		String rank = this.backlog.lastRank(squadId);
		int created = 0;
		int updated = 0;
		for (BacklogCsv.Row row : rows) {
			Long assignee = assignee(row);
			ItemDraft draft = new ItemDraft(row.type(), row.title(), row.description(), row.acceptanceCriteria(),
					row.points(), null, null, null, row.key(), null, row.labels(), assignee);
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
							current.releaseId(), row.labels(),
							row.assignee() == null ? current.assigneeId() : assignee));
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
					parent.id(), d.projectId(), d.milestoneRef(), d.externalKey(), d.releaseId(), d.labels(),
					d.assigneeId()));
		}
		this.items.flush();
		for (BacklogItem item : written.values()) {
			this.log.record(item);
			this.audit.record(new AuditRecord(BacklogService.ENTITY + ".imported", BacklogService.ENTITY,
					String.valueOf(item.id()), lens.classificationOf(item), item.externalKey(), null, item.snapshot()));
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

	/**
	 * The person a row's Assignee names, by username or display name; none when blank.
	 */
	private Long assignee(BacklogCsv.Row row) {
		if (row.assignee() == null) {
			return null;
		}
		return this.people.findByUsername(row.assignee())
			.or(() -> this.people.listEnabled()
				.stream()
				.filter(p -> p.displayName().equalsIgnoreCase(row.assignee()))
				.findFirst())
			.map(PersonSummary::id)
			.orElseThrow(() -> BacklogCsv.bad(row.row(), row.columnOf("assignee"), "delivery.import.unknownAssignee",
					"there is no person " + row.assignee(), row.assignee()));
	}

}
