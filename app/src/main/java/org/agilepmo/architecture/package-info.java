/**
 * Architecture governance: the architecture review board's reviews of projects and
 * concept notes at their gates (checklist of standards, reviewers, decision, conditions
 * followed as actions), the catalogue of standards and technologies drawn as a technology
 * radar, the technologies projects use and their waivers, and the application portfolio
 * with its lifecycle, dependencies and ArchiMate import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Architecture")
package org.agilepmo.architecture;
