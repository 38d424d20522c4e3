package org.agilepmo.portfolio;

/** What a person states about a portfolio when creating or revising it. */
public record PortfolioDraft(String code, String name, String description) {

}
