package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.agilepmo.resources.CostRates;
import org.agilepmo.resources.HourlyRate;
import org.agilepmo.resources.RecordedTime;
import org.agilepmo.resources.TimeCost;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published recorded time: approved hours on a project's work, one line per person,
 * day and activity, each priced at the person's cost rate valid that day (so a rate that
 * changes mid-week prices each day at its own rate). Amounts are exact (hours × rate, no
 * rounding); the reader's access is the caller's business, as finance checks its project.
 */
@Service
@Transactional(readOnly = true)
class RecordedTimeService implements RecordedTime {

	private static final Comparator<Key> ORDER = Comparator.comparing(Key::day)
		.thenComparingLong(Key::personId)
		.thenComparing(Key::activityId, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final Timesheets timesheets;

	private final CostRates rates;

	RecordedTimeService(Timesheets timesheets, CostRates rates) {
		this.timesheets = timesheets;
		this.rates = rates;
	}

	@Override
	public List<TimeCost> approvedOnProject(long projectId, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			return List.of();
		}
		Map<Key, BigDecimal> hours = new TreeMap<>(ORDER);
		for (Timesheet sheet : this.timesheets.withProject(TimesheetState.APPROVED, projectId, Timesheet.weekOf(from),
				Timesheet.weekOf(to))) {
			for (TimesheetLine line : sheet.lines()) {
				if (line.projectId() == null || line.projectId() != projectId) {
					continue;
				}
				for (int d = 0; d < 7; d++) {
					LocalDate day = sheet.day(d);
					BigDecimal h = line.hoursOn(d);
					if (h.signum() > 0 && !day.isBefore(from) && !day.isAfter(to)) {
						hours.merge(new Key(sheet.personId(), day, line.activityId()), h, BigDecimal::add);
					}
				}
			}
		}
		Map<Key, Optional<HourlyRate>> known = new HashMap<>();
		List<TimeCost> out = new ArrayList<>(hours.size());
		hours.forEach((key, h) -> {
			Optional<HourlyRate> rate = known.computeIfAbsent(new Key(key.personId(), key.day(), null),
					k -> this.rates.rateOn(k.personId(), k.day()));
			out.add(new TimeCost(key.personId(), key.day(), key.activityId(), h,
					rate.map(r -> h.multiply(r.amount())).orElse(null),
					rate.map(r -> r.currency().getCurrencyCode()).orElse(null)));
		});
		return out;
	}

	private record Key(long personId, LocalDate day, Long activityId) {
	}

}
