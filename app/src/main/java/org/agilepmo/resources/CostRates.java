package org.agilepmo.resources;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The cost of an hour of a person's work on a given day, for timesheets and cost reports.
 * A rate is valid from one day to another (open-ended when it has no end); a rate that
 * changes mid-week is picked per day.
 */
public interface CostRates {

	/** The rate valid on that day, or empty when none is recorded for it. */
	Optional<HourlyRate> rateOn(long personId, LocalDate day);

}
