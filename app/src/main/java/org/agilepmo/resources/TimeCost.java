package org.agilepmo.resources;

/**
 * One line: amount is hours × rate, null with a null currency when no rate is recorded
 * for that day.
 */
public record TimeCost(long personId, java.time.LocalDate day, Long activityId, java.math.BigDecimal hours,
		java.math.BigDecimal amount, String currency) {

}
