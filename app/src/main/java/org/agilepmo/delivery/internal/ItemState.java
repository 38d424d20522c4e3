package org.agilepmo.delivery.internal;

import java.time.Instant;

/**
 * The state of one backlog item from a moment on, as the item log records it: which
 * sprint it is in, where it stands and how many points it carries. Charts replay these.
 */
public record ItemState(long itemId, Instant at, Long sprintId, Category category, int points) {

}
