package org.agilepmo.portfolio;

/** What a person states about a programme when creating or revising it. */
public record ProgrammeDraft(Long portfolioId, String code, String name, String description, Long managerId) {

}
