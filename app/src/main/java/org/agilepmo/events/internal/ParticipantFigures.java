package org.agilepmo.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An event's participants counted: by status, and the registered ones by country (named
 * in the reader's language) and by organisation, most first. Counts only the participants
 * of an event the reader organises (its page shows them only to its organisers).
 */
public record ParticipantFigures(long registered, long waiting, long cancelled, long attended, List<Row> byCountry,
		List<Row> byOrganisation) {

	/** One bar of a chart: its key (country code or organisation), label and count. */
	public record Row(String key, String label, long count) {
	}

	public static ParticipantFigures of(List<Participant> participants, Map<Long, ?> attendance, Locale locale) {
		long registered = 0;
		long waiting = 0;
		long cancelled = 0;
		long attended = 0;
		Map<String, Long> countries = new TreeMap<>();
		Map<String, Long> organisations = new TreeMap<>();
		for (Participant p : participants) {
			switch (p.status()) {
				case REGISTERED -> {
					registered++;
					countries.merge(p.country(), 1L, Long::sum);
					organisations.merge(p.organisation() == null ? "" : p.organisation(), 1L, Long::sum);
					if (attendance.containsKey(p.id())) {
						attended++;
					}
				}
				case WAITING -> waiting++;
				case CANCELLED -> cancelled++;
			}
		}
		List<Row> byCountry = new ArrayList<>();
		countries.forEach((code, n) -> byCountry.add(new Row(code, Countries.name(code, locale), n)));
		List<Row> byOrganisation = new ArrayList<>();
		organisations.forEach((name, n) -> byOrganisation.add(new Row(name, name, n)));
		Comparator<Row> most = Comparator.comparingLong(Row::count).reversed().thenComparing(Row::label);
		byCountry.sort(most);
		byOrganisation.sort(most);
		return new ParticipantFigures(registered, waiting, cancelled, attended, byCountry, byOrganisation);
	}

	/** Every participant counted by status in a map, for the API. */
	public Map<String, Long> counts() {
		Map<String, Long> m = new LinkedHashMap<>();
		m.put("registered", this.registered);
		m.put("waiting", this.waiting);
		m.put("cancelled", this.cancelled);
		m.put("attended", this.attended);
		return m;
	}

}
