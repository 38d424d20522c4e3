package org.agilepmo.resources.internal;

import java.math.BigDecimal;

import org.agilepmo.shared.RuleViolationException;

/** A load on a resource: hours per week (up to 168) or a percentage (up to 200). */
record Load(LoadKind kind, BigDecimal value) {

	static Load of(LoadKind kind, BigDecimal value) {
		if (kind == null) {
			throw new RuleViolationException("loadKind", "resources.error.required", "say hours or percent");
		}
		BigDecimal max = kind == LoadKind.HOURS ? BigDecimal.valueOf(168) : BigDecimal.valueOf(200);
		if (value == null || value.signum() <= 0 || value.compareTo(max) > 0 || value.scale() > 2) {
			throw new RuleViolationException("loadValue", "resources.error.load",
					"a load above 0 and up to 168 hours per week or 200 %", max);
		}
		return new Load(kind, value);
	}

	/**
	 * The hours the load takes on one working day of a resource whose pattern has
	 * {@code workingDays} a week and offers {@code capacity} hours that day.
	 */
	double hoursOn(int workingDays, double capacity) {
		if (this.kind == LoadKind.PERCENT) {
			return capacity * this.value.doubleValue() / 100.0;
		}
		return workingDays == 0 ? 0 : this.value.doubleValue() / workingDays;
	}

}
