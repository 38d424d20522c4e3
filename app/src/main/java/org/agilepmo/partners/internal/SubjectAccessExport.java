package org.agilepmo.partners.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.partners.DataSubject;
import org.agilepmo.partners.PersonalDataHolder;
import org.agilepmo.partners.PersonalRecord;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Service;

/**
 * A contact's subject-access export: every record every {@link PersonalDataHolder} keeps
 * about them, by section, for the people who may see the contact. Reading it writes
 * nothing (a GET never writes); the request is in the access log like any other.
 */
@Service
public class SubjectAccessExport {

	private final PartnerService partners;

	private final List<PersonalDataHolder> holders;

	private final PartnersClock clock;

	SubjectAccessExport(PartnerService partners, List<PersonalDataHolder> holders, PartnersClock clock) {
		this.partners = partners;
		this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::section)).toList();
		this.clock = clock;
	}

	/** The export: who it is about, when it was made, and each holder's records. */
	public record Export(long contactId, String name, Instant exportedAt, Map<String, List<PersonalRecord>> sections) {
	}

	public Export of(Actor actor, long contactId) {
		PartnerContact c = this.partners.contact(actor, contactId);
		DataSubject subject = new DataSubject(c.id(), c.name(), c.email(), c.phone());
		Map<String, List<PersonalRecord>> sections = new LinkedHashMap<>();
		for (PersonalDataHolder holder : this.holders) {
			sections.put(holder.section(), holder.recordsOf(subject));
		}
		return new Export(c.id(), c.name(), this.clock.now(), sections);
	}

}
