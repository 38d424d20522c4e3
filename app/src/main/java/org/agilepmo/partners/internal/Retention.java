package org.agilepmo.partners.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Classification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts are kept until their retention date: each day, every contact whose date has
 * passed is anonymised (name, role, e-mail, phone and languages blanked, their name and
 * address blanked in the engagement log too), each with its audit entry. The
 * organisation, the stakeholder links and the log entries stay, so that the project's
 * history still adds up.
 */
@Component
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	public static final String ANONYMISED = PartnerService.CONTACT + ".anonymised";

	private final PartnerContacts contacts;

	private final Engagements engagements;

	private final AuditTrail audit;

	private final PartnersClock clock;

	Retention(PartnerContacts contacts, Engagements engagements, AuditTrail audit, PartnersClock clock) {
		this.contacts = contacts;
		this.engagements = engagements;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${pmo.partners.retention-cron:0 40 2 * * *}")
	public void daily() {
		int done = anonymiseExpired(this.clock.today());
		if (done > 0) {
			log.info("Anonymised {} contacts past their retention date", done);
		}
	}

	/**
	 * Anonymises the contacts whose retention date is before the day; answers their ids.
	 */
	@Transactional
	public int anonymiseExpired(LocalDate today) {
		return anonymisedBefore(today).size();
	}

	@Transactional
	public List<Long> anonymisedBefore(LocalDate today) {
		List<Long> ids = new ArrayList<>();
		for (PartnerContact c : this.contacts.findByRetainUntilBeforeAndAnonymisedAtIsNullOrderByIdAsc(today)) {
			var before = c.auditState();
			List<String> identifiers = new ArrayList<>();
			identifiers.add(c.name());
			identifiers.add(c.email());
			identifiers.add(c.phone());
			for (Engagement e : this.engagements.mentioning(c.id())) {
				e.redactSummary(identifiers);
			}
			c.anonymise(this.clock.now());
			this.contacts.saveAndFlush(c);
			this.audit.record(new AuditRecord(ANONYMISED, PartnerService.CONTACT, String.valueOf(c.id()),
					Classification.RESTRICTED, "retention date passed", before, c.auditState()));
			ids.add(c.id());
		}
		return ids;
	}

}
