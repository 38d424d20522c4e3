package org.agilepmo.planning.internal;

import java.math.BigDecimal;

/**
 * What an assignment states: the activity and resource (platform ids), units (1.0 = 100
 * %) and work in minutes; a work left out is the activity's duration times the units.
 */
public record AssignmentDraft(Long activityId, Long resourceId, BigDecimal units, Long workMinutes,
		Long actualWorkMinutes, Long remainingWorkMinutes) {
}
