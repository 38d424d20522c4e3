/**
 * Resources: people (and generic roles, labs, licence pools) as resources of competency
 * centres, with skills, languages, cost rates and a working pattern; their allocations to
 * projects and squads; capacity against demand; staffing requests matched by skill,
 * language and screening; and squads' target composition. Other modules read hours
 * available through {@link org.agilepmo.resources.Capacity}, cost rates through
 * {@link org.agilepmo.resources.CostRates}, and add demand of their own (a plan's
 * assignments) through {@link org.agilepmo.resources.DemandSource}, and read squads'
 * staffing gaps through {@link org.agilepmo.resources.SquadStaffing}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources")
package org.agilepmo.resources;
