package org.agilepmo.reporting;

/**
 * Published when a portfolio threshold raises a deviation on a project (inside the
 * writing transaction).
 */
public record DeviationRaised(long deviationId, long projectId, long portfolioId, String kind, String detail) {

}
