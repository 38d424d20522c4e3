package org.agilepmo.planning.internal;

import java.time.LocalDateTime;

import org.agilepmo.engine.schedule.ProgressedActivities;
import org.agilepmo.engine.schedule.SchedulingRules;

/**
 * What a plan's owner sets for the whole plan: its start, status (data) date, project
 * calendar, whose rules its schedule follows where MS Project and P6 differ, and the
 * finish date it is scheduled from, if it is scheduled from its finish (ADR 0103).
 */
public record PlanSettings(LocalDateTime projectStart, LocalDateTime statusDate, Long calendarId,
		SchedulingRules schedulingRules, ProgressedActivities progressedActivities, LocalDateTime scheduledFinish) {

}
