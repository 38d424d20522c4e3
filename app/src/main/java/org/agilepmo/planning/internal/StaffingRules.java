package org.agilepmo.planning.internal;

import java.math.BigDecimal;

import org.agilepmo.shared.RuleViolationException;

/**
 * The rules a plan's resources and assignments keep, checked before anything is written;
 * each refusal names the field at fault. Units are decimals where 1.0 is 100 %, kept to
 * eight places (MS Project's 102.857143 % is 1.02857143).
 */
final class StaffingRules {

	static final int EXTERNAL_ID_MAX = 100;

	/** 100,000,000 %: MS Project's own ceiling is 60,000,000 %. */
	static final BigDecimal UNITS_MAX = BigDecimal.valueOf(1_000_000);

	static final int UNITS_SCALE = 8;

	/** A hundred years of round-the-clock work. */
	static final long WORK_MAX = 100L * 366 * 1440;

	private StaffingRules() {
	}

	/** The draft as it is kept: names trimmed, units on eight places. */
	static ResourceDraft checked(ResourceDraft draft) {
		String name = (draft.name() != null) ? draft.name().strip() : null;
		if (name == null || name.isEmpty()) {
			throw PlanRules.violation("name", "planning.error.required", "name is required");
		}
		if (name.length() > PlanRules.NAME_MAX) {
			throw PlanRules.violation("name", "planning.error.tooLong", "name is longer than " + PlanRules.NAME_MAX,
					PlanRules.NAME_MAX);
		}
		String externalId = (draft.externalId() != null) ? draft.externalId().strip() : null;
		if (externalId == null || externalId.isEmpty()) {
			throw PlanRules.violation("externalId", "planning.error.required", "externalId is required");
		}
		if (externalId.length() > EXTERNAL_ID_MAX) {
			throw PlanRules.violation("externalId", "planning.error.tooLong",
					"externalId is longer than " + EXTERNAL_ID_MAX, EXTERNAL_ID_MAX);
		}
		if (draft.type() == null) {
			throw PlanRules.violation("type", "planning.error.required", "type is required");
		}
		BigDecimal maxUnits = units("maxUnits", draft.maxUnits());
		return new ResourceDraft(externalId, name, draft.type(), maxUnits, draft.calendarId(), draft.personId());
	}

	/** The draft as it is kept; the activity and resource are checked by the caller. */
	static AssignmentDraft checked(AssignmentDraft draft) {
		if (draft.activityId() == null) {
			throw PlanRules.violation("activityId", "planning.error.required", "activityId is required");
		}
		if (draft.resourceId() == null) {
			throw PlanRules.violation("resourceId", "planning.error.required", "resourceId is required");
		}
		return new AssignmentDraft(draft.activityId(), draft.resourceId(), units("units", draft.units()),
				work("workMinutes", draft.workMinutes()), work("actualWorkMinutes", draft.actualWorkMinutes()),
				work("remainingWorkMinutes", draft.remainingWorkMinutes()));
	}

	static BigDecimal units(String field, BigDecimal units) {
		if (units == null) {
			throw PlanRules.violation(field, "planning.error.required", field + " is required");
		}
		if (units.signum() < 0 || units.compareTo(UNITS_MAX) > 0) {
			throw PlanRules.violation(field, "planning.error.units",
					field + " must be between 0 and 1000000 (1.0 = 100 %)");
		}
		return units.setScale(UNITS_SCALE, java.math.RoundingMode.HALF_UP);
	}

	static Long work(String field, Long minutes) {
		if (minutes != null && (minutes < 0 || minutes > WORK_MAX)) {
			throw PlanRules.violation(field, "planning.error.work",
					field + " must be between zero and one hundred years of minutes");
		}
		return minutes;
	}

	/** Units as they are shown: 0.5, 1, 2 rather than 0.50000000 or 1E+1. */
	static BigDecimal plain(BigDecimal units) {
		if (units == null) {
			return null;
		}
		BigDecimal stripped = units.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	static RuleViolationException duplicate(String externalId) {
		return PlanRules.violation("externalId", "planning.error.duplicateResource",
				"another resource of this plan has the external ID " + externalId, externalId);
	}

}
