package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.resources.CostRates;
import org.agilepmo.resources.HourlyRate;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.SheetWriter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recorded hours as CSV or XLSX, one row per person, day and line, between two days and
 * optionally on one project: only the lines the reader may see ({@link TimesheetAccess}),
 * and the amount only where the reader may see the person's profile (and so their rate).
 */
@Service
@Transactional(readOnly = true)
public class TimesheetExport {

	public static final List<String> COLUMNS = List.of("Person", "Week", "Day", "Kind", "Project", "Work", "Hours",
			"State", "Amount", "Currency");

	/** The hours column, written as a number in XLSX. */
	static final int HOURS = 6;

	/** The amount column, written as a number in XLSX. */
	static final int AMOUNT = 8;

	private final TimesheetService timesheets;

	private final ResourceAccess access;

	private final Resources resources;

	private final CostRates rates;

	private final People people;

	TimesheetExport(TimesheetService timesheets, ResourceAccess access, Resources resources, CostRates rates,
			People people) {
		this.timesheets = timesheets;
		this.access = access;
		this.resources = resources;
		this.rates = rates;
		this.people = people;
	}

	/** The rows the reader may see, each as the columns' texts. */
	public List<List<String>> rows(Actor actor, LocalDate from, LocalDate to, Long projectId) {
		checkPeriod(from, to);
		if (projectId != null) {
			this.access.project(projectId, actor).orElseThrow(() -> new NotFoundException("project", projectId));
		}
		ResourceAccess.Lens lens = this.access.lens(actor);
		List<TimesheetView> weeks = this.timesheets.between(actor, from, to);
		Map<Long, PersonSummary> names = this.people
			.findAll(weeks.stream().map(w -> w.sheet().personId()).distinct().toList());
		Map<Long, Boolean> seesRate = new HashMap<>();
		Map<Long, String> codes = new HashMap<>();
		List<List<String>> rows = new ArrayList<>();
		for (TimesheetView week : weeks) {
			Timesheet sheet = week.sheet();
			boolean rated = seesRate.computeIfAbsent(sheet.personId(),
					id -> this.resources.findByPersonId(id).map(lens::maySee).orElse(false));
			for (TimesheetLine line : week.lines()) {
				if (projectId != null && !projectId.equals(line.projectId())) {
					continue;
				}
				String project = line.projectId() == null ? "" : codes.computeIfAbsent(line.projectId(),
						id -> lens.project(id).map(ProjectSummary::code).orElse(""));
				for (int d = 0; d < 7; d++) {
					LocalDate day = sheet.day(d);
					BigDecimal hours = line.hoursOn(d);
					if (hours.signum() == 0 || day.isBefore(from) || day.isAfter(to)) {
						continue;
					}
					Optional<HourlyRate> rate = rated ? this.rates.rateOn(sheet.personId(), day) : Optional.empty();
					rows.add(List.of(
							Optional.ofNullable(names.get(sheet.personId()))
								.map(PersonSummary::displayName)
								.orElse("#" + sheet.personId()),
							sheet.weekStart().toString(), day.toString(), line.kind().name(), project,
							line.kind() == LineKind.OTHER ? line.category().name() : line.label(),
							hours.stripTrailingZeros().toPlainString(), sheet.state().name(),
							rate.map(r -> hours.multiply(r.amount()).stripTrailingZeros().toPlainString()).orElse(""),
							rate.map(r -> r.currency().getCurrencyCode()).orElse("")));
				}
			}
		}
		return rows;
	}

	public byte[] csv(Actor actor, LocalDate from, LocalDate to, Long projectId) {
		return SheetWriter.csv(table(actor, from, to, projectId));
	}

	public byte[] xlsx(Actor actor, LocalDate from, LocalDate to, Long projectId) {
		return SheetWriter.xlsx(table(actor, from, to, projectId));
	}

	/** The rows as the shared writer takes them: hours and amounts as numbers. */
	private SheetWriter.Table table(Actor actor, LocalDate from, LocalDate to, Long projectId) {
		SheetWriter.Builder table = SheetWriter.table("Timesheets", COLUMNS);
		for (List<String> row : rows(actor, from, to, projectId)) {
			List<Object> cells = new ArrayList<>(row);
			for (int c : new int[] { HOURS, AMOUNT }) {
				if (!row.get(c).isEmpty()) {
					cells.set(c, new BigDecimal(row.get(c)));
				}
			}
			table.row(cells);
		}
		return table.build();
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null) {
			throw new RuleViolationException("from", "resources.error.required", "a first day is required");
		}
		if (to == null) {
			throw new RuleViolationException("to", "resources.error.required", "a last day is required");
		}
		DateWindow.check("from", from);
		DateWindow.check("to", to);
		if (to.isBefore(from)) {
			throw new RuleViolationException("to", "resources.timesheet.error.period",
					"the last day comes before the first");
		}
		if (ChronoUnit.DAYS.between(from, to) > 3 * 366) {
			throw new RuleViolationException("to", "resources.timesheet.error.periodLength",
					"an export covers at most three years");
		}
	}

}
