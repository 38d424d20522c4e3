package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.resources.Capacity;
import org.agilepmo.resources.DemandSource;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity against demand: the heatmap's figures by person, centre or skill and week or
 * month, the drill-down of one cell, the availability the matching ranks by, and the
 * published {@link Capacity}. Reads only; each figure as the reader may see it.
 */
@Service
@Transactional(readOnly = true)
public class CapacityService implements Capacity {

	/** The longest period the figures cover: three years. */
	static final int MAX_DAYS = 3 * 366;

	private final Resources resources;

	private final ResourceSkills resourceSkills;

	private final Skills skills;

	private final Leaves leaves;

	private final Holidays holidays;

	private final Allocations allocations;

	private final ResourceAccess access;

	private final People people;

	private final OrganisationDirectory organisation;

	private final ObjectProvider<DemandSource> demandSources;

	CapacityService(Resources resources, ResourceSkills resourceSkills, Skills skills, Leaves leaves, Holidays holidays,
			Allocations allocations, ResourceAccess access, People people, OrganisationDirectory organisation,
			ObjectProvider<DemandSource> demandSources) {
		this.resources = resources;
		this.resourceSkills = resourceSkills;
		this.skills = skills;
		this.leaves = leaves;
		this.holidays = holidays;
		this.allocations = allocations;
		this.access = access;
		this.people = people;
		this.organisation = organisation;
		this.demandSources = demandSources;
	}

	/** What the figures are asked for: rows, columns, period and filters. */
	public record Query(GroupBy groupBy, Granularity granularity, LocalDate first, LocalDate last, Long centreUnitId,
			Long skillId) {
	}

	public CapacityFigures figures(Actor actor, Query query) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		Granularity granularity = query.granularity() == null ? Granularity.WEEK : query.granularity();
		LocalDate first = granularity.startOf(query.first());
		LocalDate last = granularity.endOf(query.last());
		checkPeriod(first, last);
		List<Resource> rows = visibleResources(lens, query.centreUnitId(), query.skillId());
		Computation c = compute(rows, first, last, lens, false);
		List<CapacityFigures.Column> columns = new ArrayList<>();
		for (LocalDate start = first; !start.isAfter(last); start = granularity.next(start)) {
			columns.add(new CapacityFigures.Column(granularity.label(start), start, granularity.endOf(start)));
		}
		int[] columnOfDay = new int[c.grid.days()];
		for (int col = 0, d = 0; col < columns.size(); col++) {
			int end = c.grid.index(columns.get(col).last());
			for (; d <= end && d < columnOfDay.length; d++) {
				columnOfDay[d] = col;
			}
		}
		GroupBy groupBy = query.groupBy() == null ? GroupBy.PERSON : query.groupBy();
		Map<Long, String> labels = labels(rows);
		Map<Long, List<Integer>> groups = new LinkedHashMap<>();
		Map<Long, String> groupLabels = new HashMap<>();
		switch (groupBy) {
			case PERSON -> {
				for (int i = 0; i < rows.size(); i++) {
					groups.put(rows.get(i).id(), List.of(i));
					groupLabels.put(rows.get(i).id(), labels.get(rows.get(i).id()));
				}
			}
			case CENTRE -> {
				Map<Long, OrgUnitSummary> units = this.organisation.findAll(rows.stream()
					.map(Resource::centreUnitId)
					.filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet()));
				for (int i = 0; i < rows.size(); i++) {
					Long unit = rows.get(i).centreUnitId();
					long key = unit == null ? 0 : unit;
					groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
					groupLabels.put(key, unit == null || !units.containsKey(unit) ? "" : units.get(unit).name());
				}
			}
			case SKILL -> {
				Map<Long, Integer> indexOf = new HashMap<>();
				for (int i = 0; i < rows.size(); i++) {
					indexOf.put(rows.get(i).id(), i);
				}
				Map<Long, Skill> catalogue = this.skills.findAll()
					.stream()
					.collect(Collectors.toMap(Skill::id, s -> s));
				for (ResourceSkill rs : this.resourceSkills.findAll()) {
					Integer i = indexOf.get(rs.resourceId());
					if (i != null && (query.skillId() == null || query.skillId() == rs.skillId())) {
						groups.computeIfAbsent(rs.skillId(), k -> new ArrayList<>()).add(i);
						groupLabels.put(rs.skillId(), catalogue.get(rs.skillId()).name());
					}
				}
			}
		}
		List<CapacityFigures.Row> out = new ArrayList<>(groups.size());
		for (Map.Entry<Long, List<Integer>> group : groups.entrySet()) {
			double[] capacity = new double[columns.size()];
			double[] demand = new double[columns.size()];
			for (int i : group.getValue()) {
				double[] cap = c.grid.capacity(i);
				double[] dem = c.demand[i];
				for (int d = 0; d < cap.length; d++) {
					capacity[columnOfDay[d]] += cap[d];
					demand[columnOfDay[d]] += dem[d];
				}
			}
			out.add(new CapacityFigures.Row(group.getKey(), groupLabels.getOrDefault(group.getKey(), ""), capacity,
					demand));
		}
		if (groupBy != GroupBy.PERSON) {
			out.sort(Comparator.comparing(CapacityFigures.Row::label, String.CASE_INSENSITIVE_ORDER));
		}
		return new CapacityFigures(first, last, granularity, groupBy, List.copyOf(columns), List.copyOf(out));
	}

	/**
	 * The projects and squads that make the load of one cell, only those the reader may
	 * see; the rows's resources the reader may not see are left out too.
	 */
	public List<DrillLine> drill(Actor actor, GroupBy groupBy, long key, LocalDate first, LocalDate last) {
		checkPeriod(first, last);
		ResourceAccess.Lens lens = this.access.lens(actor);
		List<Resource> rows = switch (groupBy == null ? GroupBy.PERSON : groupBy) {
			case PERSON -> visibleResources(lens, null, null).stream().filter(r -> r.id() == key).toList();
			case CENTRE -> visibleResources(lens, null, null).stream()
				.filter(r -> key == 0 ? r.centreUnitId() == null : r.centreUnitId() != null && r.centreUnitId() == key)
				.toList();
			case SKILL -> visibleResources(lens, null, key);
		};
		if (rows.isEmpty()) {
			return List.of();
		}
		Computation c = compute(rows, first, last, lens, true);
		Map<String, double[]> byTarget = new TreeMap<>();
		Map<String, Target> targets = new HashMap<>();
		for (Contribution contribution : c.contributions) {
			String k = contribution.target.isProject() ? "p" + contribution.target.projectId()
					: "s" + contribution.target.squadId();
			targets.put(k, contribution.target);
			double[] sum = byTarget.computeIfAbsent(k, x -> new double[1]);
			for (double h : contribution.hours) {
				sum[0] += h;
			}
		}
		Map<Long, OrgUnitSummary> squads = this.organisation.findAll(
				targets.values().stream().filter(t -> !t.isProject()).map(Target::squadId).collect(Collectors.toSet()));
		List<DrillLine> lines = new ArrayList<>();
		for (Map.Entry<String, double[]> e : byTarget.entrySet()) {
			Target t = targets.get(e.getKey());
			double hours = Math.round(e.getValue()[0] * 100) / 100.0;
			if (t.isProject()) {
				lens.project(t.projectId())
					.ifPresent(p -> lines.add(new DrillLine("project", p.id(), p.code() + " · " + p.name(),
							"/projects/" + p.id(), hours)));
			}
			else {
				OrgUnitSummary squad = squads.get(t.squadId());
				String name = squad == null ? "" : squad.code() + " · " + squad.name();
				lines.add(new DrillLine("squad", t.squadId(), name, "/resources/squads/" + t.squadId(), hours));
			}
		}
		lines.sort(Comparator.comparingDouble(DrillLine::hours).reversed().thenComparing(DrillLine::label));
		return List.copyOf(lines);
	}

	/**
	 * Hours available and hours already asked (as the reader sees them) of each resource
	 * in a period, and what a load would ask of it: the matching's availability.
	 */
	record Availability(double capacity, double demand, double asked) {

		double free() {
			return Math.max(0, this.capacity - this.demand);
		}

	}

	Map<Long, Availability> availability(ResourceAccess.Lens lens, List<Resource> candidates, LocalDate first,
			LocalDate last, Load load) {
		Map<Long, Availability> out = new HashMap<>();
		if (candidates.isEmpty()) {
			return out;
		}
		Computation c = compute(candidates, first, last, lens, false);
		for (int i = 0; i < candidates.size(); i++) {
			double[] asked = new double[c.grid.days()];
			c.grid.add(i, first, last, gridKind(load.kind()), load.value().doubleValue(), asked);
			out.put(candidates.get(i).id(), new Availability(sum(c.grid.capacity(i)), sum(c.demand[i]), sum(asked)));
		}
		return out;
	}

	@Override
	public BigDecimal hoursOn(long personId, LocalDate day) {
		return daily(personId, day, day).get(0).hours();
	}

	@Override
	public List<DayHours> daily(long personId, LocalDate first, LocalDate last) {
		checkPeriod(first, last);
		Resource resource = this.resources.findByPersonId(personId)
			.orElseGet(() -> Resource.person(personId, ProfileDraft.standard(null, "ZZ")));
		CapacityGrid grid = calendars(List.of(resource), first, last);
		double[] row = grid.capacity(0);
		List<DayHours> days = new ArrayList<>(row.length);
		for (int d = 0; d < row.length; d++) {
			days.add(new DayHours(first.plusDays(d), BigDecimal.valueOf(row[d]).setScale(2, RoundingMode.HALF_UP)));
		}
		return days;
	}

	List<Resource> visibleResources(ResourceAccess.Lens lens, Long centreUnitId, Long skillId) {
		Predicate<Resource> bySkill = r -> true;
		if (skillId != null) {
			Set<Long> having = this.resourceSkills.findBySkillId(skillId)
				.stream()
				.map(ResourceSkill::resourceId)
				.collect(Collectors.toSet());
			bySkill = r -> having.contains(r.id());
		}
		List<Resource> all = this.resources.findAll();
		Map<Long, String> labels = labels(all);
		return all.stream()
			.filter(lens::maySee)
			.filter(r -> centreUnitId == null || centreUnitId.equals(r.centreUnitId()))
			.filter(bySkill)
			.sorted(Comparator.comparing((Resource r) -> labels.getOrDefault(r.id(), ""),
					String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The names people know resources by: a person's name, a role's or facility's. */
	Map<Long, String> labels(List<Resource> rows) {
		Map<Long, PersonSummary> persons = this.people.findAll(
				rows.stream().map(Resource::personId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, String> labels = new HashMap<>();
		for (Resource r : rows) {
			PersonSummary p = r.personId() == null ? null : persons.get(r.personId());
			labels.put(r.id(), p != null ? p.displayName() : (r.name() == null ? "" : r.name()));
		}
		return labels;
	}

	private static void checkPeriod(LocalDate first, LocalDate last) {
		if (first == null || last == null) {
			throw new RuleViolationException("from", "resources.error.required", "say from when to when");
		}
		if (last.isBefore(first)) {
			throw new RuleViolationException("to", "resources.error.period", "the last day is before the first");
		}
		if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
			throw new RuleViolationException("to", "resources.error.figuresTooLong", "at most three years at once");
		}
	}

	/** Who carries which load, and the hours each line asks day by day when kept. */
	private record Contribution(Target target, double[] hours) {
	}

	private static final class Computation {

		CapacityGrid grid;

		double[][] demand;

		List<Contribution> contributions = new ArrayList<>();

	}

	private CapacityGrid calendars(List<Resource> rows, LocalDate first, LocalDate last) {
		CapacityGrid grid = new CapacityGrid(first, last, rows.size());
		Map<String, List<LocalDate>> holidaysByCountry = new HashMap<>();
		for (Holiday h : this.holidays.findByDayBetween(first, last)) {
			holidaysByCountry.computeIfAbsent(h.country(), k -> new ArrayList<>()).add(h.day());
		}
		Map<Long, List<Leave>> leaveByResource = new HashMap<>();
		if (rows.stream().anyMatch(Resource::stored)) {
			for (Leave l : this.leaves.findByLastDayGreaterThanEqualAndFirstDayLessThanEqual(first, last)) {
				leaveByResource.computeIfAbsent(l.resourceId(), k -> new ArrayList<>()).add(l);
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			Resource r = rows.get(i);
			boolean[] pattern = new boolean[7];
			for (int d = 0; d < 7; d++) {
				pattern[d] = r.workingDays().charAt(d) == '1';
			}
			List<LocalDate> off = new ArrayList<>(holidaysByCountry.getOrDefault(r.country(), List.of()));
			for (Leave l : !r.stored() ? List.<Leave>of() : leaveByResource.getOrDefault(r.id(), List.of())) {
				LocalDate a = l.firstDay().isBefore(first) ? first : l.firstDay();
				LocalDate b = l.lastDay().isAfter(last) ? last : l.lastDay();
				for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
					off.add(d);
				}
			}
			grid.calendar(i, pattern, r.hoursOnAWorkingDay(), off);
		}
		return grid;
	}

	private Computation compute(List<Resource> rows, LocalDate first, LocalDate last, ResourceAccess.Lens lens,
			boolean keepContributions) {
		Computation c = new Computation();
		c.grid = calendars(rows, first, last);
		c.demand = new double[rows.size()][c.grid.days()];
		Map<Long, Integer> indexOf = new HashMap<>();
		Map<Long, Integer> indexOfPerson = new HashMap<>();
		Map<Long, Integer> indexOfRoleSkill = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			indexOf.put(rows.get(i).id(), i);
			if (rows.get(i).personId() != null) {
				indexOfPerson.put(rows.get(i).personId(), i);
			}
			if (rows.get(i).roleSkillId() != null) {
				indexOfRoleSkill.putIfAbsent(rows.get(i).roleSkillId(), i);
			}
		}
		for (Allocation a : this.allocations.findByLastDayGreaterThanEqualAndFirstDayLessThanEqual(first, last)) {
			Integer i = indexOf.get(a.resourceId());
			if (i == null || !lens.maySee(a)) {
				continue;
			}
			add(c, i, a.target(), a.firstDay(), a.lastDay(), gridKind(a.loadKind()), a.loadValue().doubleValue(),
					keepContributions);
		}
		Map<String, Long> skillIds = null;
		for (DemandSource source : this.demandSources) {
			for (DemandSource.Demand d : source.demandBetween(first, last)) {
				Integer i = null;
				if (d.personId() != null) {
					i = indexOfPerson.get(d.personId());
				}
				else if (d.roleCode() != null) {
					if (skillIds == null) {
						skillIds = this.skills.findAll().stream().collect(Collectors.toMap(Skill::code, Skill::id));
					}
					Long skill = skillIds.get(d.roleCode());
					i = skill == null ? null : indexOfRoleSkill.get(skill);
				}
				Target target = new Target(d.projectId(), null);
				if (i == null || d.work() == null || !lens.maySee(target)) {
					continue;
				}
				add(c, i, target, d.first(), d.last(), CapacityGrid.Kind.WORK, d.work().doubleValue(),
						keepContributions);
			}
		}
		return c;
	}

	private static void add(Computation c, int i, Target target, LocalDate first, LocalDate last,
			CapacityGrid.Kind kind, double value, boolean keep) {
		if (keep) {
			double[] hours = new double[c.grid.days()];
			c.grid.add(i, first, last, kind, value, hours);
			for (int d = 0; d < hours.length; d++) {
				c.demand[i][d] += hours[d];
			}
			c.contributions.add(new Contribution(target, hours));
		}
		else {
			c.grid.add(i, first, last, kind, value, c.demand[i]);
		}
	}

	static CapacityGrid.Kind gridKind(LoadKind kind) {
		return kind == LoadKind.PERCENT ? CapacityGrid.Kind.PERCENT : CapacityGrid.Kind.HOURS_PER_WEEK;
	}

	private static double sum(double[] row) {
		double s = 0;
		for (double v : row) {
			s += v;
		}
		return s;
	}

}
