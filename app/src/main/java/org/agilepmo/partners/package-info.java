/**
 * Partners: each unit's partner organisations (bureaus, international organisations,
 * donors, NGOs, governments, private companies) and their contacts, kept only as long as
 * needed and anonymised after; the stakeholders of a project on its interest/influence
 * grid with their engagement strategy and log; and the subject-access export of a
 * contact's data, to which other modules contribute through
 * {@link org.agilepmo.partners.PersonalDataHolder}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners and stakeholders")
package org.agilepmo.partners;
