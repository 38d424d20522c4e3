package org.agilepmo.resources.internal;

import java.math.BigDecimal;

/**
 * The editable part of a resource's profile: its name (roles and facilities), centre,
 * country (for public holidays) and working pattern.
 *
 * @param name the name of a role or facility; a person's name comes from their account
 * @param centreUnitId the competency centre, or {@code null}
 * @param country the ISO country code whose public holidays apply
 * @param hoursPerDay hours on a full working day
 * @param workingDays seven characters from Monday, {@code 1} for a working day
 * @param partTimePercent 1 to 100
 * @param weeklyCapacityHours the hours a role or facility offers per week
 */
public record ProfileDraft(String name, Long centreUnitId, String country, BigDecimal hoursPerDay, String workingDays,
		int partTimePercent, BigDecimal weeklyCapacityHours) {

	/** The organisation's default pattern: five days of eight hours, full time. */
	public static ProfileDraft standard(Long centreUnitId, String country) {
		return new ProfileDraft(null, centreUnitId, country, BigDecimal.valueOf(8), "1111100", 100, null);
	}

}
