package org.agilepmo.portfolio.internal;

import java.time.Instant;

import org.agilepmo.portfolio.Stage;

/** A row of a project's stage history. */
public record StageChangeView(Stage from, Stage to, String reason, Long changedBy, String changedByName,
		Instant changedAt) {

}
