package org.agilepmo.risk;

/**
 * One risk as other modules may list it.
 *
 * @param code the code people use for it, e.g. {@code R-12}
 * @param probability its probability level
 * @param impact its most severe impact level
 * @param score probability times that impact
 * @param rating {@code LOW}, {@code MEDIUM}, {@code HIGH} or {@code EXTREME}
 * @param residualRating its rating after the response, or {@code null}
 * @param link the page that shows it
 */
public record RiskHighlight(long id, String code, String title, int probability, int impact, int score, String rating,
		String residualRating, String link) {

}
