/**
 * Demand intake: concept notes submitted by any member, their assessment by the PMO and
 * the assessors it names (cost evaluation, feasibility, risks, resources, architecture
 * board opinion), scores against a configurable weighted model, and the decisions that
 * end with an approved note becoming a project through
 * {@link org.agilepmo.portfolio.PortfolioRegistry}. Other modules read what an approved
 * note carried over through {@link org.agilepmo.intake.IntakeEstimates} and react to
 * {@link org.agilepmo.intake.ConceptNoteApproved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demand intake")
package org.agilepmo.intake;
