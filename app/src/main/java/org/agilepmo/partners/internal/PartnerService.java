package org.agilepmo.partners.internal;

import java.util.List;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's partner organisations and their contacts: listed, added and changed by the
 * unit's people and the PMO, each write audited (a contact's audit entries never copy its
 * personal fields).
 */
@Service
public class PartnerService {

	public static final String ORGANISATION = "partner-organisation";

	public static final String CONTACT = "partner-contact";

	/** How long a new contact is kept when no date is given. */
	public static final int DEFAULT_RETENTION_YEARS = 2;

	private final PartnerOrganisations organisations;

	private final PartnerContacts contacts;

	private final PartnerAccess access;

	private final AuditTrail audit;

	private final PartnersClock clock;

	PartnerService(PartnerOrganisations organisations, PartnerContacts contacts, PartnerAccess access, AuditTrail audit,
			PartnersClock clock) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisations the person sees, of one unit or of every unit they see. */
	@Transactional(readOnly = true)
	public List<PartnerOrganisation> organisations(Actor actor, Long unitId) {
		if (unitId != null) {
			this.access.requireUnit(actor, unitId);
			return this.organisations.findByUnitIdInOrderByNameAsc(Set.of(unitId));
		}
		Set<Long> units = this.access.unitsSeenBy(actor);
		if (units == null) {
			return this.organisations.findAllByOrderByNameAsc();
		}
		return units.isEmpty() ? List.of() : this.organisations.findByUnitIdInOrderByNameAsc(units);
	}

	@Transactional(readOnly = true)
	public PartnerOrganisation organisation(Actor actor, long id) {
		return this.organisations.findById(id)
			.filter(o -> this.access.seesUnit(actor, o.unitId()))
			.orElseThrow(() -> new NotFoundException(ORGANISATION, id));
	}

	@Transactional
	public PartnerOrganisation addOrganisation(Actor actor, Long unitId, PartnerOrganisation.Draft draft) {
		this.access.requireUnit(actor, unitId);
		PartnerOrganisation o = this.organisations
			.saveAndFlush(new PartnerOrganisation(unitId, draft, this.clock.now()));
		this.audit.record(AuditRecord.created(ORGANISATION, o.id(), Classification.RESTRICTED, o.state()));
		return o;
	}

	@Transactional
	public PartnerOrganisation editOrganisation(Actor actor, long id, long expectedVersion,
			Change<PartnerOrganisation.Draft> change) {
		PartnerOrganisation o = organisation(actor, id);
		Versioned.check(ORGANISATION, id, expectedVersion, o.version());
		var before = o.state();
		o.apply(change.applyTo(o.draft()));
		this.organisations.saveAndFlush(o);
		this.audit.record(AuditRecord.updated(ORGANISATION, id, Classification.RESTRICTED, before, o.state()));
		return o;
	}

	@Transactional(readOnly = true)
	public List<PartnerContact> contacts(Actor actor, long organisationId) {
		organisation(actor, organisationId);
		return this.contacts.findByOrganisationIdOrderByNameAsc(organisationId);
	}

	/** Contacts of every organisation the person sees, by name. */
	@Transactional(readOnly = true)
	public List<PartnerContact> visibleContacts(Actor actor) {
		List<Long> ids = organisations(actor, null).stream().map(PartnerOrganisation::id).toList();
		return ids.isEmpty() ? List.of() : this.contacts.findByOrganisationIdInOrderByNameAsc(ids);
	}

	@Transactional(readOnly = true)
	public PartnerContact contact(Actor actor, long id) {
		return this.contacts.findById(id)
			.filter(c -> this.access.seesUnit(actor, c.unitId()))
			.orElseThrow(() -> new NotFoundException(CONTACT, id));
	}

	@Transactional
	public PartnerContact addContact(Actor actor, long organisationId, PartnerContact.Draft draft) {
		PartnerOrganisation o = organisation(actor, organisationId);
		PartnerContact.Draft withRetention = draft.retainUntil() != null ? draft
				: new PartnerContact.Draft(draft.name(), draft.role(), draft.country(), draft.languages(),
						draft.email(), draft.phone(), this.clock.today().plusYears(DEFAULT_RETENTION_YEARS));
		PartnerContact c = this.contacts.saveAndFlush(new PartnerContact(o, withRetention, this.clock.today()));
		this.audit.record(AuditRecord.created(CONTACT, c.id(), Classification.RESTRICTED, c.auditState()));
		return c;
	}

	@Transactional
	public PartnerContact editContact(Actor actor, long id, long expectedVersion, Change<PartnerContact.Draft> change) {
		PartnerContact c = contact(actor, id);
		Versioned.check(CONTACT, id, expectedVersion, c.version());
		var before = c.auditState();
		c.apply(change.applyTo(c.draft()), this.clock.today());
		this.contacts.saveAndFlush(c);
		this.audit.record(AuditRecord.updated(CONTACT, id, Classification.RESTRICTED, before, c.auditState()));
		return c;
	}

	public String organisationName(long organisationId) {
		return this.organisations.findById(organisationId).map(PartnerOrganisation::name).orElse("—");
	}

}
