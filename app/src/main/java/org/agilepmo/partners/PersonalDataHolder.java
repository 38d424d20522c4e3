package org.agilepmo.partners;

import java.util.List;

/**
 * A module that holds records about a partner's contact (a person outside the
 * organisation) and gives them up for the contact's subject-access export. The partners
 * module answers for its contacts, stakeholder links, engagement log and their audit
 * entries; a module that records contacts elsewhere (meetings' attendees, events'
 * participants) publishes one bean of this type, and the export gathers every bean's
 * records.
 * <p>
 * The rule every holder keeps: every record about the person, and nothing about anyone
 * else. A record shared with other people (a meeting with several attendees) is given
 * with the others left out, and their names and addresses blanked in its free text
 * ({@link DataSubject#redact}).
 */
public interface PersonalDataHolder {

	/**
	 * The name of this holder's section in the export, e.g. {@code engagements}; unique
	 * across holders.
	 */
	String section();

	/** Every record this holder keeps about the person, oldest first. */
	List<PersonalRecord> recordsOf(DataSubject subject);

}
