package org.agilepmo.planning.internal;

import java.math.BigDecimal;

import org.agilepmo.planning.PlanResources.ResourceType;

/**
 * What a plan resource states: its external ID (the file's unique ID, or null to be given
 * the next free number), name, type, max units (1.0 = 100 %), calendar and the person it
 * stands for.
 */
public record ResourceDraft(String externalId, String name, ResourceType type, BigDecimal maxUnits, Long calendarId,
		Long personId) {
}
