package org.agilepmo.portfolio;

import java.time.Instant;

import org.agilepmo.shared.Classification;

/**
 * A project moved from one lifecycle stage to another, for the reason given by the person
 * who moved it.
 */
public record ProjectStageChanged(long projectId, String projectCode, Classification classification, Stage from,
		Stage to, String reason, Long changedBy, Instant changedAt) {

}
