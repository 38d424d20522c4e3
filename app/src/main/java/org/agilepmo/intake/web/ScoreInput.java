package org.agilepmo.intake.web;

import java.util.HashMap;
import java.util.Map;

import org.agilepmo.shared.RuleViolationException;

/**
 * The scores typed on a note's page: one {@code score-<criterion id>} field per
 * criterion.
 */
final class ScoreInput {

	private ScoreInput() {
	}

	/** The scores given, by criterion; a score that is not a whole number is refused. */
	static Map<Long, Integer> scores(Map<String, String> params) {
		Map<Long, Integer> scores = new HashMap<>();
		for (Map.Entry<String, String> e : params.entrySet()) {
			if (e.getKey().startsWith("score-") && e.getValue() != null && !e.getValue().isBlank()) {
				try {
					scores.put(Long.valueOf(e.getKey().substring(6)), Integer.valueOf(e.getValue().strip()));
				}
				catch (NumberFormatException ex) {
					throw new RuleViolationException("scores", "intake.error.invalid", "not a whole number");
				}
			}
		}
		return scores;
	}

}
