package org.agilepmo.engine.schedule;

import java.time.LocalDateTime;

/**
 * A constraint honoured against the logic: the activity was scheduled on its constraint
 * although its predecessors would have it start {@code workMinutes} later, on
 * {@code startByLogic}. Its predecessors show the conflict as negative total float.
 */
public record ConstraintViolation(String activityId, ConstraintType constraint, LocalDateTime constraintDate,
		LocalDateTime startByLogic, int workMinutes) {
}
