package org.agilepmo.resources.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.agilepmo.shared.ScreeningLevel;

/**
 * The named policy that ranks people for a staffing request. Nobody whose screening is
 * below what the request needs (its own screening, and its project's classification) is
 * ever a candidate, whatever their fit; nor anybody without the skill. The others score
 * out of 100:
 * <ul>
 * <li>skill, up to 50: 40 at the level asked, 5 more per level above (capped), 20 less
 * per level below;</li>
 * <li>language, up to 20: 20 at or above the level asked (or when none is asked), 10
 * below it, 0 without the language;</li>
 * <li>availability, up to 30: the share of the asked hours still free in the period;</li>
 * <li>5 more when they belong to the centre the request was sent to (capped at 100).</li>
 * </ul>
 * Ties go to the most free hours, then to the name.
 */
final class CandidateRanking {

	/** What the ranking knows of one person. */
	record Person(long resourceId, String name, Long centreUnitId, ScreeningLevel screening, Integer skillLevel,
			LanguageLevel languageLevel, double freeHours, double askedHours) {
	}

	/** What the request asks. */
	record Ask(String skillName, int minLevel, String language, LanguageLevel languageLevel, ScreeningLevel screening,
			Long centreUnitId) {
	}

	private CandidateRanking() {
	}

	static List<Candidate> rank(Ask ask, List<Person> people) {
		List<Candidate> out = new ArrayList<>();
		for (Person p : people) {
			if (p.screening() == null || p.screening().compareTo(ask.screening()) < 0 || p.skillLevel() == null) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			int score;
			int level = p.skillLevel();
			if (level >= ask.minLevel()) {
				score = Math.min(50, 40 + 5 * (level - ask.minLevel()));
				reasons.add(Reason.of("resources.reason.skillMet", ask.skillName(), level, ask.minLevel()));
			}
			else {
				score = Math.max(0, 40 - 20 * (ask.minLevel() - level));
				reasons.add(Reason.of("resources.reason.skillBelow", ask.skillName(), level, ask.minLevel()));
			}
			if (ask.language() == null) {
				score += 20;
			}
			else if (p.languageLevel() == null) {
				reasons.add(Reason.of("resources.reason.languageMissing", ask.language()));
			}
			else if (p.languageLevel().atLeast(ask.languageLevel())) {
				score += 20;
				reasons.add(Reason.of("resources.reason.languageMet", ask.language(), p.languageLevel().name(),
						ask.languageLevel().name()));
			}
			else {
				score += 10;
				reasons.add(Reason.of("resources.reason.languageBelow", ask.language(), p.languageLevel().name(),
						ask.languageLevel().name()));
			}
			double share = p.askedHours() <= 0 ? 1 : Math.min(1, p.freeHours() / p.askedHours());
			score += (int) Math.round(30 * share);
			reasons.add(share >= 1 ? Reason.of("resources.reason.available", round(p.askedHours()))
					: Reason.of("resources.reason.partlyAvailable", round(p.freeHours()), round(p.askedHours())));
			if (ask.centreUnitId() != null && ask.centreUnitId().equals(p.centreUnitId())) {
				score += 5;
				reasons.add(Reason.of("resources.reason.sameCentre"));
			}
			out.add(new Candidate(p.resourceId(), p.name(), p.centreUnitId(), p.screening(), level,
					round(p.freeHours()), round(p.askedHours()), Math.min(100, score), List.copyOf(reasons)));
		}
		out.sort(Comparator.comparingInt(Candidate::score)
			.reversed()
			.thenComparing(Comparator.comparingDouble(Candidate::freeHours).reversed())
			.thenComparing(Candidate::name, String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(out);
	}

	private static double round(double hours) {
		return Math.round(hours * 10) / 10.0;
	}

}
