package org.agilepmo.delivery.internal;

import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.organisation.OrgUnitCreated;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Classification;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usual four board columns (to do, in progress, review, done), given to a squad when
 * it is created, never when someone looks at its board. Their names are stored as message
 * keys and shown in the language of whoever reads the board, until the squad renames
 * them; at start-up, a squad that has no columns yet receives them once.
 */
@Component
class DefaultColumns {

	static final String KEY_PREFIX = "delivery.column.default.";

	private final BoardColumns columns;

	private final OrganisationDirectory organisation;

	private final AuditTrail audit;

	private final MessageSource messages;

	DefaultColumns(BoardColumns columns, OrganisationDirectory organisation, AuditTrail audit, MessageSource messages) {
		this.columns = columns;
		this.organisation = organisation;
		this.audit = audit;
		this.messages = messages;
	}

	@EventListener
	void squadCreated(OrgUnitCreated created) {
		if (created.type() == UnitType.SQUAD) {
			create(created.id());
		}
	}

	/** Squads created before their columns were given at creation. */
	@EventListener(ApplicationStartedEvent.class)
	@Transactional
	public void giveMissingColumns() {
		for (OrgUnitSummary squad : this.organisation.ofType(UnitType.SQUAD)) {
			if (this.columns.findBySquadIdOrderByPosition(squad.id()).isEmpty()) {
				create(squad.id());
			}
		}
	}

	private void create(long squadId) {
		List<BoardColumn> created = this.columns
			.saveAllAndFlush(List.of(BoardColumn.of(squadId, 0, KEY_PREFIX + "todo", Category.TODO, null),
					BoardColumn.of(squadId, 1, KEY_PREFIX + "inProgress", Category.IN_PROGRESS, null),
					BoardColumn.of(squadId, 2, KEY_PREFIX + "review", Category.IN_PROGRESS, null),
					BoardColumn.of(squadId, 3, KEY_PREFIX + "done", Category.DONE, null)));
		created.forEach(c -> this.audit
			.record(AuditRecord.created(BoardService.COLUMN, c.id(), Classification.PUBLIC, c.snapshot())));
	}

	/**
	 * A column's name as the reader reads it: a default column's name in their language,
	 * a name the squad gave as it was given.
	 */
	String displayName(String stored) {
		if (stored != null && stored.startsWith(KEY_PREFIX)) {
			return this.messages.getMessage(stored, null, stored, LocaleContextHolder.getLocale());
		}
		return stored;
	}

}
