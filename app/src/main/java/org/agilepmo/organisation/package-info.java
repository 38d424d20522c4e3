/**
 * The organisation: directorates, operational units, tribes and their squads, and
 * competency centres, arranged as a tree, and the people who belong to each. Other
 * modules read it through {@link org.agilepmo.organisation.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.agilepmo.organisation;
