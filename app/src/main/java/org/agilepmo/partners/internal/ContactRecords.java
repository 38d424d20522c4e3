package org.agilepmo.partners.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.partners.DataSubject;
import org.agilepmo.partners.PersonalDataHolder;
import org.agilepmo.partners.PersonalRecord;
import org.agilepmo.shared.ScreeningLevel;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the partners module holds about a contact, in four sections: the contact itself,
 * the projects they are a stakeholder of, the engagement log entries they took part in
 * (with the other participants left out and their names and addresses blanked in the
 * summary), and the audit entries about the contact and their stakeholder links.
 */
@Component
class ContactRecords {

	private final PartnerContacts contacts;

	private final PartnerOrganisations organisations;

	private final Stakeholders stakeholders;

	private final Engagements engagements;

	private final AuditTrail audit;

	ContactRecords(PartnerContacts contacts, PartnerOrganisations organisations, Stakeholders stakeholders,
			Engagements engagements, AuditTrail audit) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.stakeholders = stakeholders;
		this.engagements = engagements;
		this.audit = audit;
	}

	@Component
	static class Contact implements PersonalDataHolder {

		private final ContactRecords records;

		Contact(ContactRecords records) {
			this.records = records;
		}

		@Override
		public String section() {
			return "contact";
		}

		@Override
		@Transactional(readOnly = true)
		public List<PersonalRecord> recordsOf(DataSubject subject) {
			return this.records.contacts.findById(subject.contactId())
				.map(c -> List.of(new PersonalRecord("contact", String.valueOf(c.id()),
						c.personalState(this.records.organisations.findById(c.organisationId())
							.map(PartnerOrganisation::name)
							.orElse(null)))))
				.orElse(List.of());
		}

	}

	@Component
	static class StakeholderLinks implements PersonalDataHolder {

		private final ContactRecords records;

		StakeholderLinks(ContactRecords records) {
			this.records = records;
		}

		@Override
		public String section() {
			return "stakeholderLinks";
		}

		@Override
		@Transactional(readOnly = true)
		public List<PersonalRecord> recordsOf(DataSubject subject) {
			List<PersonalRecord> found = new ArrayList<>();
			for (Stakeholder s : this.records.stakeholders.findByContactIdOrderByIdAsc(subject.contactId())) {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("projectId", s.projectId());
				fields.put("interest", s.interest());
				fields.put("influence", s.influence());
				fields.put("strategy", s.strategy());
				fields.put("overrideReason", s.overrideReason());
				found.add(new PersonalRecord("stakeholder", String.valueOf(s.id()), fields));
			}
			return found;
		}

	}

	@Component
	static class EngagementLog implements PersonalDataHolder {

		private final ContactRecords records;

		EngagementLog(ContactRecords records) {
			this.records = records;
		}

		@Override
		public String section() {
			return "engagements";
		}

		@Override
		@Transactional(readOnly = true)
		public List<PersonalRecord> recordsOf(DataSubject subject) {
			Map<Long, Engagement> entries = new java.util.TreeMap<>();
			for (Engagement e : this.records.engagements.mentioning(subject.contactId())) {
				entries.put(e.id(), e);
			}
			List<Long> links = this.records.stakeholders.findByContactIdOrderByIdAsc(subject.contactId())
				.stream()
				.map(Stakeholder::id)
				.toList();
			if (!links.isEmpty()) {
				this.records.engagements.findByStakeholderIdInOrderByOccurredOnAscIdAsc(links)
					.forEach(e -> entries.put(e.id(), e));
			}
			List<PersonalRecord> found = new ArrayList<>();
			for (Engagement e : entries.values()) {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("projectId", e.projectId());
				fields.put("occurredOn", String.valueOf(e.occurredOn()));
				fields.put("kind", e.kind());
				fields.put("summary", DataSubject.redact(e.summary(), othersOf(subject, e)));
				found.add(new PersonalRecord("engagement", String.valueOf(e.id()), fields));
			}
			return found;
		}

		/**
		 * Who else the entry could name: its other participants, the stakeholder's
		 * contact and the contacts of the subject's organisation.
		 */
		private List<String> othersOf(DataSubject subject, Engagement e) {
			Set<Long> ids = new LinkedHashSet<>(e.contactIds());
			this.records.stakeholders.findById(e.stakeholderId()).ifPresent(s -> {
				if (s.contactId() != null) {
					ids.add(s.contactId());
				}
				this.records.contacts.findByOrganisationIdOrderByNameAsc(s.organisationId())
					.forEach(c -> ids.add(c.id()));
			});
			this.records.contacts.findById(subject.contactId())
				.ifPresent(me -> this.records.contacts.findByOrganisationIdOrderByNameAsc(me.organisationId())
					.forEach(c -> ids.add(c.id())));
			ids.remove(subject.contactId());
			List<String> identifiers = new ArrayList<>();
			for (PartnerContact other : this.records.contacts.findAllById(ids)) {
				identifiers.add(other.name());
				identifiers.add(other.email());
				identifiers.add(other.phone());
			}
			return identifiers;
		}

	}

	@Component
	static class AuditEntries implements PersonalDataHolder {

		private final ContactRecords records;

		AuditEntries(ContactRecords records) {
			this.records = records;
		}

		@Override
		public String section() {
			return "auditEntries";
		}

		@Override
		@Transactional(readOnly = true)
		public List<PersonalRecord> recordsOf(DataSubject subject) {
			List<PersonalRecord> found = new ArrayList<>();
			add(found, PartnerService.CONTACT, subject.contactId());
			for (Stakeholder s : this.records.stakeholders.findByContactIdOrderByIdAsc(subject.contactId())) {
				add(found, StakeholderService.STAKEHOLDER, s.id());
			}
			return found;
		}

		private void add(List<PersonalRecord> found, String kind, long id) {
			List<AuditEntryView> entries = this.records.audit.browse(ScreeningLevel.ENHANCED,
					new AuditQuery(kind, String.valueOf(id), null, 0, 500));
			for (AuditEntryView v : entries.reversed()) {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("occurredAt", String.valueOf(v.occurredAt()));
				fields.put("action", v.action());
				fields.put("object", v.entityType() + ":" + v.entityId());
				fields.put("before", v.before());
				fields.put("after", v.after());
				found.add(new PersonalRecord("audit-entry", String.valueOf(v.seq()), fields));
			}
		}

	}

}
