package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable state of an event: what its organisers write on its form.
 *
 * @param timeZone the IANA time zone its sessions' times are in (Europe/Paris)
 * @param capacity the number of seats, or {@code null} for no limit
 * @param budgetAmount the planned budget, or {@code null}
 * @param budgetCurrency the ISO 4217 code of the planned budget
 */
public record EventDraft(EventKind kind, String title, String description, Long projectId, String venue,
		LocalDate startsOn, LocalDate endsOn, String timeZone, Integer capacity, BigDecimal budgetAmount,
		String budgetCurrency) {

}
