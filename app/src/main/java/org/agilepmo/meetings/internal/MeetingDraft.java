package org.agilepmo.meetings.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The editable state of a meeting or series. {@code rrule} is an RFC 5545 recurrence rule
 * ({@code FREQ=MONTHLY;BYDAY=-1TH}) or {@code null} for a single meeting; {@code exdates}
 * are local starts taken out of the series, {@code moved} maps a local start to the one
 * it moved to.
 */
public record MeetingDraft(MeetingKind kind, ScopeKind scopeKind, long scopeId, String title, String location,
		String timeZone, LocalDateTime startsAt, int durationMinutes, String rrule, List<LocalDateTime> exdates,
		Map<LocalDateTime, LocalDateTime> moved, List<String> agenda, List<Participant> participants) {

	public MeetingDraft {
		exdates = exdates == null ? List.of() : List.copyOf(exdates);
		moved = moved == null ? Map.of() : Map.copyOf(moved);
		agenda = agenda == null ? List.of() : agenda.stream().filter(a -> a != null && !a.isBlank()).toList();
		participants = participants == null ? List.of() : List.copyOf(participants);
	}

}
