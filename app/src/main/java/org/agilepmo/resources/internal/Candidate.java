package org.agilepmo.resources.internal;

import java.util.List;

import org.agilepmo.shared.ScreeningLevel;

/**
 * A person who may answer a staffing request, with how well they fit (0 to 100) and why,
 * in words.
 *
 * @param resourceId the person's resource
 * @param name the person's name
 * @param centreUnitId their competency centre
 * @param screening their screening, which always clears what the request needs
 * @param skillLevel their level in the skill asked
 * @param freeHours hours free in the period (as the ranking person sees the load)
 * @param askedHours hours the request asks in the period
 * @param score the fit, 0 to 100
 * @param reasons why, best first
 */
public record Candidate(long resourceId, String name, Long centreUnitId, ScreeningLevel screening, int skillLevel,
		double freeHours, double askedHours, int score, List<Reason> reasons) {

}
