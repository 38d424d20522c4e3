package org.agilepmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hours a person is available each day: the working pattern's hours on its working
 * days, times the part-time share, and nothing on leave or on a public holiday of the
 * person's country. A person with no resource profile has the organisation's default
 * pattern (five days of eight hours) and no holidays.
 */
public interface Capacity {

	/** Hours available on one day. */
	BigDecimal hoursOn(long personId, LocalDate day);

	/** Hours available on each day from {@code first} to {@code last}, both included. */
	List<DayHours> daily(long personId, LocalDate first, LocalDate last);

	record DayHours(LocalDate day, BigDecimal hours) {
	}

}
