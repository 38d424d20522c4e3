package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.agilepmo.engine.portfolio.Candidate;
import org.agilepmo.engine.portfolio.Commitment;
import org.agilepmo.engine.portfolio.Decision;
import org.agilepmo.engine.portfolio.Limit;
import org.agilepmo.engine.portfolio.LimitBreach;
import org.agilepmo.engine.portfolio.Limits;
import org.agilepmo.engine.portfolio.PortfolioProblem;
import org.agilepmo.engine.portfolio.Reason;
import org.agilepmo.engine.portfolio.Scenario;
import org.agilepmo.engine.portfolio.ScenarioComparison;
import org.agilepmo.engine.portfolio.Scenarios;
import org.agilepmo.engine.portfolio.Selection;
import org.agilepmo.engine.portfolio.SolverOptions;

/**
 * Portfolio prioritisation of concept notes, as arithmetic: turns the notes into the
 * engine's candidates over a horizon of {@link #YEARS} calendar years and
 * {@link #QUARTERS} quarters, runs the optimiser under the PMO's limits and under the
 * same limits with the budget 10 % lower, and explains each decision as a message key
 * with its arguments.
 * <ul>
 * <li>value: the note's weighted score; a note whose score is incomplete is left out;
 * <li>cost of a year: the one-off costs in the note's first year of work (the earliest
 * month of its resource estimate), the recurring costs in that year and every year after,
 * rounded up to whole units; notes in another currency are left out;
 * <li>a note requires and excludes the notes its assessment names; one that requires a
 * note which is not a candidate is left out;
 * <li>demand: the resource estimates of a skill summed per quarter; months outside the
 * horizon are not counted, nor skills the PMO gave no capacity for;
 * <li>an approved note is mandatory.
 * </ul>
 * <p>
 * It stays one file because it is one calculation, read from top to bottom: the mapping
 * to the engine and the explanation of its answer use the same horizon and the same
 * indices.
 */
public final class Prioritisation {

	public static final int YEARS = 3;

	public static final int QUARTERS = 4 * YEARS;

	public static final String BASE = "base";

	public static final String BUDGET_90 = "budget90";

	/**
	 * The PMO's own scenario: budget and capacity at a percentage of what was entered.
	 */
	public static final String CUSTOM = "custom";

	static final Set<NoteStatus> CONSIDERED = Set.of(NoteStatus.IN_ASSESSMENT, NoteStatus.RECOMMENDED,
			NoteStatus.APPROVED);

	private static final String KEY = "intake.prioritisation.";

	private Prioritisation() {
	}

	/** A concept note as prioritisation needs it. */
	public record Note(long id, String title, NoteStatus status, WeightedScoring.Score score, String currency,
			List<CostLine> costs, List<ResourceEstimate> resources, Set<Long> requires, Set<Long> excludes) {

		public Note {
			costs = List.copyOf(costs);
			resources = List.copyOf(resources);
			requires = Set.copyOf(requires);
			excludes = Set.copyOf(excludes);
		}

		/** A note related to no other note. */
		public Note(long id, String title, NoteStatus status, WeightedScoring.Score score, String currency,
				List<CostLine> costs, List<ResourceEstimate> resources) {
			this(id, title, status, score, currency, costs, resources, Set.of(), Set.of());
		}

		static Note of(NoteView view) {
			ConceptNote n = view.note();
			return new Note(n.id(), n.title(), n.status(), view.score(), n.currency(), n.costs(), n.resources(),
					n.requires(), n.excludes());
		}

	}

	/**
	 * The PMO's limits: the first budget year, the currency, the budget of each year
	 * ({@code null} until entered) and the capacity of each skill in person-days per
	 * quarter: under the skill's name for every quarter, under "skill@2027-Q3" for one
	 * quarter (which wins). A skill without either is not limited, nor a quarter of a
	 * skill that has only other quarters' values.
	 */
	public record Request(int firstYear, String currency, long[] budget, Map<String, Double> capacity,
			int scenarioBudgetPercent, int scenarioCapacityPercent, Map<Long, Boolean> forced) {

		public Request {
			budget = budget == null ? null : budget.clone();
			capacity = Map.copyOf(capacity);
			forced = forced == null ? Map.of() : Map.copyOf(forced);
		}

		/** Limits with no scenario of the PMO's own. */
		public Request(int firstYear, String currency, long[] budget, Map<String, Double> capacity) {
			this(firstYear, currency, budget, capacity, 100, 100, Map.of());
		}

		/** Limits with a scenario of the PMO's own, no note forced in or out. */
		public Request(int firstYear, String currency, long[] budget, Map<String, Double> capacity,
				int scenarioBudgetPercent, int scenarioCapacityPercent) {
			this(firstYear, currency, budget, capacity, scenarioBudgetPercent, scenarioCapacityPercent, Map.of());
		}

		/** A third scenario is asked for when either percentage is not 100. */
		public boolean hasOwnScenario() {
			return this.scenarioBudgetPercent != 100 || this.scenarioCapacityPercent != 100;
		}

		@Override
		public long[] budget() {
			return this.budget == null ? null : this.budget.clone();
		}

	}

	/** A translatable sentence: a message key and its arguments. */
	public record Explanation(String key, List<Object> args) {

		public Explanation {
			args = List.copyOf(args);
		}

		static Explanation of(String key, Object... args) {
			return new Explanation(KEY + key, List.of(args));
		}

	}

	/** A note left out of the optimisation, and why. */
	public record Skipped(long noteId, String title, Explanation why) {

	}

	/** The result of one scenario. */
	public record ScenarioResult(String key, Selection.Status status, double value, double bound, double gap,
			long[] budget, long[] cost, List<Explanation> infeasibility, int budgetPercent, int capacityPercent) {

		public boolean optimal() {
			return this.status == Selection.Status.OPTIMAL;
		}

		public long totalCost() {
			long total = 0;
			for (long c : this.cost) {
				total += c;
			}
			return total;
		}

	}

	/** A note in or out of each scenario, with the reasons. */
	public record Cell(boolean selected, List<Explanation> reasons) {

		public Cell {
			reasons = List.copyOf(reasons);
		}

	}

	/** One candidate note across the scenarios. */
	public record Row(long noteId, String title, NoteStatus status, BigDecimal score, long[] costPerYear,
			boolean mandatory, Boolean forced, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		public long totalCost() {
			long total = 0;
			for (long c : this.costPerYear) {
				total += c;
			}
			return total;
		}

	}

	/**
	 * The whole answer; {@code scenarios} and the rows' cells are empty until the budget
	 * is entered.
	 */
	public record Outcome(List<String> years, List<String> quarters, List<String> skills, String currency,
			List<String> currencies, List<Skipped> skipped, List<ScenarioResult> scenarios, List<Row> rows) {

		public boolean solved() {
			return !this.scenarios.isEmpty();
		}

	}

	/** The currency most of the considered notes use (the default of the page). */
	public static String usualCurrency(List<Note> notes) {
		Map<String, Integer> count = new LinkedHashMap<>();
		for (Note n : notes) {
			if (CONSIDERED.contains(n.status()) && n.currency() != null) {
				count.merge(n.currency(), 1, Integer::sum);
			}
		}
		return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("EUR");
	}

	public static Outcome prioritise(List<Note> notes, Request request, Duration timeLimit) {
		List<String> years = new ArrayList<>();
		for (int y = 0; y < YEARS; y++) {
			years.add(String.valueOf(request.firstYear() + y));
		}
		List<String> periods = new ArrayList<>();
		for (int q = 0; q < QUARTERS; q++) {
			periods.add((request.firstYear() + q / 4) + "-Q" + (q % 4 + 1));
		}
		List<Skipped> skipped = new ArrayList<>();
		List<Note> candidates = new ArrayList<>();
		Set<String> currencies = new TreeSet<>();
		Set<String> allSkills = new TreeSet<>();
		for (Note n : notes) {
			if (!CONSIDERED.contains(n.status())) {
				continue;
			}
			if (n.currency() != null) {
				currencies.add(n.currency());
			}
			if (n.score() == null || !n.score().complete()) {
				skipped.add(new Skipped(n.id(), n.title(), Explanation.of("skipped.noScore")));
			}
			else if (n.currency() != null && !n.currency().equals(request.currency()) && !n.costs().isEmpty()) {
				skipped.add(new Skipped(n.id(), n.title(), Explanation.of("skipped.currency", n.currency())));
			}
			else {
				candidates.add(n);
				n.resources().forEach(r -> allSkills.add(r.skill()));
			}
		}
		// A note that requires a note which is not a candidate (not yet assessed,
		// rejected,
		// deferred, unscored or in another currency) cannot be chosen: it is left out,
		// and so
		// is, in turn, any note that requires it.
		Map<Long, Note> all = new HashMap<>();
		notes.forEach(n -> all.put(n.id(), n));
		boolean changed = true;
		while (changed) {
			changed = false;
			Set<Long> ids = new java.util.HashSet<>();
			candidates.forEach(n -> ids.add(n.id()));
			for (java.util.Iterator<Note> it = candidates.iterator(); it.hasNext();) {
				Note n = it.next();
				for (Long required : new TreeSet<>(n.requires())) {
					if (!ids.contains(required)) {
						Note other = all.get(required);
						skipped.add(new Skipped(n.id(), n.title(),
								Explanation.of("skipped.requires", (other != null) ? other.title() : "#" + required)));
						it.remove();
						changed = true;
						break;
					}
				}
			}
		}
		allSkills.clear();
		candidates.forEach(n -> n.resources().forEach(r -> allSkills.add(r.skill())));
		Set<Long> candidateIds = new java.util.HashSet<>();
		candidates.forEach(n -> candidateIds.add(n.id()));
		for (String key : request.capacity().keySet()) {
			int at = key.lastIndexOf('@');
			if (at >= 0 && !periods.contains(key.substring(at + 1))) {
				throw new org.agilepmo.shared.RuleViolationException("capacity." + key,
						"intake.prioritisation.error.quarter", "not a quarter of the horizon", key.substring(at + 1),
						periods.get(0), periods.get(periods.size() - 1));
			}
		}
		List<String> skills = new ArrayList<>();
		for (String s : allSkills) {
			if (limited(request, s, periods)) {
				skills.add(s);
			}
		}
		List<Candidate> engineCandidates = new ArrayList<>();
		Map<String, Note> byId = new HashMap<>();
		for (Note n : candidates) {
			Candidate c = Candidate
				.of(id(n), n.score().value().doubleValue(), costPerYear(n, request.firstYear()),
						demand(n, request.firstYear(), skills))
				.requiring(n.requires().stream().sorted().map(Prioritisation::id).toArray(String[]::new))
				.excluding(n.excludes()
					.stream()
					.filter(candidateIds::contains)
					.sorted()
					.map(Prioritisation::id)
					.toArray(String[]::new));
			Boolean force = request.forced().get(n.id());
			Commitment commitment = (force != null) ? (force ? Commitment.MANDATORY : Commitment.EXCLUDED)
					: (n.status() == NoteStatus.APPROVED) ? Commitment.MANDATORY : Commitment.OPTIONAL;
			engineCandidates.add(c.withCommitment(commitment));
			byId.put(id(n), n);
		}
		if (request.budget() == null) {
			List<Row> rows = new ArrayList<>();
			for (Candidate c : engineCandidates) {
				rows.add(row(byId.get(c.id()), c, request.forced().get(byId.get(c.id()).id()), List.of()));
			}
			return new Outcome(years, periods, List.copyOf(allSkills), request.currency(), List.copyOf(currencies),
					skipped, List.of(), rows);
		}
		Limits limits = new Limits(request.budget(), capacityGrid(request, skills, periods, engineCandidates, 1.0));
		PortfolioProblem problem = new PortfolioProblem(years, periods, skills, engineCandidates, limits);
		List<Scenario> scenarios = new ArrayList<>(
				List.of(new Scenario(BASE, limits), new Scenario(BUDGET_90, limits.withBudgetScaled(0.9))));
		if (request.hasOwnScenario()) {
			scenarios.add(new Scenario(CUSTOM,
					new Limits(request.budget(),
							capacityGrid(request, skills, periods, engineCandidates,
									request.scenarioCapacityPercent() / 100.0))
						.withBudgetScaled(request.scenarioBudgetPercent() / 100.0)));
		}
		ScenarioComparison comparison = Scenarios.compare(problem, scenarios, SolverOptions.within(timeLimit));
		List<ScenarioResult> results = new ArrayList<>();
		for (int i = 0; i < scenarios.size(); i++) {
			Selection selection = comparison.selections().get(i);
			long[] cost = new long[YEARS];
			for (String selected : selection.selectedIds()) {
				long[] c = costPerYear(byId.get(selected), request.firstYear());
				for (int y = 0; y < YEARS; y++) {
					cost[y] += c[y];
				}
			}
			List<Explanation> infeasibility = new ArrayList<>();
			selection.infeasibility().ifPresent(inf -> {
				for (LimitBreach b : inf.breaches()) {
					infeasibility.add(breach("infeasible", b));
				}
				inf.conflicts().forEach(c -> infeasibility.add(Explanation.of("infeasible.conflict", c)));
			});
			String key = scenarios.get(i).name();
			int budgetPercent = switch (key) {
				case BUDGET_90 -> 90;
				case CUSTOM -> request.scenarioBudgetPercent();
				default -> 100;
			};
			int capacityPercent = CUSTOM.equals(key) ? request.scenarioCapacityPercent() : 100;
			results.add(new ScenarioResult(key, selection.status(), selection.value(), selection.bound(),
					selection.gap(), scenarios.get(i).limits().budgetPerYear(), cost, infeasibility, budgetPercent,
					capacityPercent));
		}
		List<Row> rows = new ArrayList<>();
		for (int j = 0; j < engineCandidates.size(); j++) {
			ScenarioComparison.Row r = comparison.rows().get(j);
			Note note = byId.get(r.candidateId());
			Boolean forced = request.forced().get(note.id());
			List<Cell> cells = new ArrayList<>();
			for (Decision d : r.decisions()) {
				List<Explanation> reasons = new ArrayList<>();
				for (Reason reason : d.reasons()) {
					reasons.add(explain(reason, byId, forced));
				}
				cells.add(new Cell(d.selected(), reasons));
			}
			rows.add(row(note, engineCandidates.get(j), forced, cells));
		}
		return new Outcome(years, periods, List.copyOf(allSkills), request.currency(), List.copyOf(currencies), skipped,
				results, rows);
	}

	/**
	 * The capacity of each quarter and skill, the entered figures multiplied by
	 * {@code factor}; a quarter without a figure is not limited (more than all the
	 * candidates together need, whatever the factor).
	 */
	private static double[][] capacityGrid(Request request, List<String> skills, List<String> periods,
			List<Candidate> candidates, double factor) {
		double[][] capacity = new double[QUARTERS][skills.size()];
		for (int q = 0; q < QUARTERS; q++) {
			for (int s = 0; s < skills.size(); s++) {
				String skill = skills.get(s);
				Double value = request.capacity().get(skill + "@" + periods.get(q));
				if (value == null) {
					value = request.capacity().get(skill);
				}
				if (value != null) {
					capacity[q][s] = value * factor;
					continue;
				}
				double total = 1;
				for (Candidate c : candidates) {
					total += c.demand()[q][s];
				}
				capacity[q][s] = total;
			}
		}
		return capacity;
	}

	private static boolean limited(Request request, String skill, List<String> periods) {
		if (request.capacity().get(skill) != null) {
			return true;
		}
		for (String period : periods) {
			if (request.capacity().get(skill + "@" + period) != null) {
				return true;
			}
		}
		return false;
	}

	private static Row row(Note n, Candidate c, Boolean forced, List<Cell> cells) {
		return new Row(n.id(), n.title(), n.status(), n.score().value(), c.costPerYear(),
				c.commitment() == Commitment.MANDATORY, forced, cells);
	}

	private static String id(Note n) {
		return id(n.id());
	}

	private static String id(long noteId) {
		return "note-" + noteId;
	}

	/**
	 * One-off costs in the note's first year of work, recurring costs in that year and
	 * every year after, rounded up. The first year of work is the year of the earliest
	 * month of its resource estimate, kept within the horizon (a note without one starts
	 * in the first year; one that starts after the horizon counts in its last year).
	 */
	static long[] costPerYear(Note n, int firstYear) {
		BigDecimal oneOff = BigDecimal.ZERO;
		BigDecimal recurring = BigDecimal.ZERO;
		for (CostLine line : n.costs()) {
			if (line.kind() == CostKind.ONE_OFF) {
				oneOff = oneOff.add(line.amount());
			}
			else {
				recurring = recurring.add(line.amount());
			}
		}
		int start = Math.max(0, Math.min(YEARS - 1, startYear(n, firstYear)));
		long[] cost = new long[YEARS];
		for (int y = start; y < YEARS; y++) {
			BigDecimal year = (y == start) ? oneOff.add(recurring) : recurring;
			cost[y] = year.setScale(0, RoundingMode.CEILING).longValueExact();
		}
		return cost;
	}

	/** The year (0 = the first) of the earliest month in the resource estimate. */
	private static int startYear(Note n, int firstYear) {
		int earliest = Integer.MAX_VALUE;
		for (ResourceEstimate r : n.resources()) {
			try {
				earliest = Math.min(earliest, YearMonth.parse(r.period()).getYear());
			}
			catch (DateTimeException ex) {
				// not a month: ignored, as in the demand
			}
		}
		return (earliest == Integer.MAX_VALUE) ? 0 : earliest - firstYear;
	}

	/** Person-days per quarter and skill; months outside the horizon are not counted. */
	static double[][] demand(Note n, int firstYear, List<String> skills) {
		double[][] demand = new double[QUARTERS][skills.size()];
		for (ResourceEstimate r : n.resources()) {
			int s = skills.indexOf(r.skill());
			if (s < 0) {
				continue;
			}
			YearMonth month;
			try {
				month = YearMonth.parse(r.period());
			}
			catch (DateTimeException ex) {
				continue;
			}
			int q = (month.getYear() - firstYear) * 4 + (month.getMonthValue() - 1) / 3;
			if (q >= 0 && q < QUARTERS) {
				demand[q][s] += r.personDays().doubleValue();
			}
		}
		return demand;
	}

	private static Explanation explain(Reason reason, Map<String, Note> byId, Boolean forced) {
		return switch (reason) {
			case Reason.Mandatory m ->
				Explanation.of(Boolean.TRUE.equals(forced) ? "reason.forcedIn" : "reason.mandatory");
			case Reason.RequiredByMandatory r ->
				Explanation.of("reason.requiredByMandatory", title(r.mandatoryId(), byId));
			case Reason.ChosenForValue c ->
				c.requiredBy().isEmpty() ? Explanation.of("reason.chosenForValue", c.valueLostIfDropped()) : Explanation
					.of("reason.chosenForValueRequired", c.valueLostIfDropped(), titles(c.requiredBy(), byId));
			case Reason.Excluded e ->
				Explanation.of(Boolean.FALSE.equals(forced) ? "reason.forcedOut" : "reason.excluded");
			case Reason.RequiresExcluded r -> Explanation.of("reason.requiresExcluded", title(r.excludedId(), byId));
			case Reason.RequiresUnselected r -> Explanation.of("reason.requiresUnselected", titles(r.ids(), byId));
			case Reason.ConflictsWith c -> Explanation.of("reason.conflictsWith", title(c.otherId(), byId));
			case Reason.WouldExceed w -> breach("reason.wouldExceed", w.breach());
			case Reason.NoValue n -> Explanation.of("reason.noValue");
			case Reason.NotReached n -> Explanation.of("reason.notReached");
		};
	}

	private static Explanation breach(String prefix, LimitBreach breach) {
		return switch (breach.limit()) {
			case Limit.Budget b -> Explanation.of(prefix + ".budget", b.yearName(), breach.excess());
			case Limit.Capacity c ->
				Explanation.of(prefix + ".capacity", c.skillName(), c.periodName(), breach.excess());
		};
	}

	private static String title(String id, Map<String, Note> byId) {
		Note n = byId.get(id);
		return n == null ? id : n.title();
	}

	private static String titles(List<String> ids, Map<String, Note> byId) {
		List<String> titles = new ArrayList<>();
		ids.forEach(id -> titles.add(title(id, byId)));
		return String.join(", ", titles);
	}

}
