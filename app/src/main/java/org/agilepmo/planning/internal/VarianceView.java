package org.agilepmo.planning.internal;

import java.time.LocalDateTime;

/**
 * How far an activity moved since a baseline, later or longer being positive, in working
 * minutes on its calendar.
 */
public record VarianceView(long activityId, String name, LocalDateTime baselineStart, LocalDateTime baselineFinish,
		int baselineDurationMinutes, LocalDateTime start, LocalDateTime finish, int durationMinutes,
		int startVarianceMinutes, int finishVarianceMinutes, int durationVarianceMinutes) {

}
