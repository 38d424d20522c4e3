package org.agilepmo.engine.schedule;

import java.time.LocalDateTime;

/** An activity whose early finish is {@code workMinutes} after its deadline. */
public record DeadlineMiss(String activityId, LocalDateTime deadline, LocalDateTime earlyFinish, int workMinutes) {
}
