package org.agilepmo.architecture.internal;

import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of standards, patterns and technologies: everyone reads it (it is the
 * organisation's radar); the architecture board keeps it.
 */
@Service
public class CatalogueService {

	static final String ENTITY = "catalogue-entry";

	private final CatalogueEntries entries;

	private final ArchitectureAccess access;

	private final AuditTrail audit;

	CatalogueService(CatalogueEntries entries, ArchitectureAccess access, AuditTrail audit) {
		this.entries = entries;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CatalogueEntry> list() {
		return this.entries.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public CatalogueEntry get(long id) {
		return this.entries.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@Transactional
	public CatalogueEntry create(Actor actor, EntryDraft draft) {
		this.access.requireBoard(actor);
		CatalogueEntry entry = new CatalogueEntry(draft);
		unique(entry.name(), null);
		entry = this.entries.saveAndFlush(entry);
		this.audit.record(AuditRecord.created(ENTITY, entry.id(), Classification.PUBLIC, entry.state()));
		return entry;
	}

	@Transactional
	public CatalogueEntry edit(Actor actor, long id, long expectedVersion, Change<EntryDraft> change) {
		this.access.requireBoard(actor);
		CatalogueEntry entry = get(id);
		Versioned.check(ENTITY, id, expectedVersion, entry.version());
		var before = entry.state();
		EntryDraft next = change.applyTo(entry.draft());
		unique(next.name() == null ? "" : next.name().strip(), id);
		entry.apply(next);
		entry = this.entries.saveAndFlush(entry);
		this.audit.record(AuditRecord.updated(ENTITY, id, Classification.PUBLIC, before, entry.state()));
		return entry;
	}

	private void unique(String name, Long self) {
		this.entries.findByNameIgnoreCase(name).filter(e -> !e.id().equals(self)).ifPresent(e -> {
			throw new RuleViolationException("name", "architecture.error.nameTaken", "is already in the catalogue");
		});
	}

}
