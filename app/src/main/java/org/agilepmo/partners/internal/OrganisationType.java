package org.agilepmo.partners.internal;

/** What kind of body a partner organisation is. */
public enum OrganisationType {

	NATIONAL_BUREAU, REGIONAL_BUREAU, INTERNATIONAL_ORGANISATION, DONOR, NGO, GOVERNMENT, PRIVATE

}
