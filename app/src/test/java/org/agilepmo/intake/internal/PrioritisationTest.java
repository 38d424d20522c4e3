package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.engine.portfolio.Selection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prioritisation of hand-made concept notes whose best selection is known: which notes go
 * in under the limits and under the budget 10 % lower, and why.
 */
class PrioritisationTest {

	static final int YEAR = 2027;

	static final Duration LIMIT = Duration.ofSeconds(2);

	static final long[] BUDGET_200 = { 200, 200, 200 };

	@Test
	void theHigherValuePairWinsOverTheSingleBestNote() {
		List<Prioritisation.Note> notes = List.of(note(1, "Alpha", 90, NoteStatus.RECOMMENDED, oneOff(150)),
				note(2, "Bravo", 60, NoteStatus.IN_ASSESSMENT, oneOff(100)),
				note(3, "Charlie", 55, NoteStatus.RECOMMENDED, oneOff(100)));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes, request(BUDGET_200, Map.of()), LIMIT);

		Prioritisation.ScenarioResult base = outcome.scenarios().get(0);
		assertThat(base.key()).isEqualTo(Prioritisation.BASE);
		assertThat(base.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(base.value()).isEqualTo(115.0);
		assertThat(base.cost()).containsExactly(200, 0, 0);
		assertThat(selected(outcome, 0)).containsExactly("Bravo", "Charlie");
		assertThat(reasonKeys(outcome, "Alpha", 0)).containsExactly("intake.prioritisation.reason.wouldExceed.budget");
		assertThat(reasonKeys(outcome, "Bravo", 0)).containsExactly("intake.prioritisation.reason.chosenForValue");
	}

	@Test
	void aBudgetTenPercentLowerDropsOneNoteForTheBudget() {
		List<Prioritisation.Note> notes = List.of(note(1, "Alpha", 80, NoteStatus.RECOMMENDED, oneOff(100)),
				note(2, "Bravo", 70, NoteStatus.RECOMMENDED, oneOff(100)),
				note(3, "Charlie", 60, NoteStatus.RECOMMENDED, oneOff(100)));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes, request(BUDGET_200, Map.of()), LIMIT);

		assertThat(selected(outcome, 0)).containsExactly("Alpha", "Bravo");
		Prioritisation.ScenarioResult lower = outcome.scenarios().get(1);
		assertThat(lower.key()).isEqualTo(Prioritisation.BUDGET_90);
		assertThat(lower.budget()).containsExactly(180, 180, 180);
		assertThat(lower.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(lower.value()).isEqualTo(80.0);
		assertThat(selected(outcome, 1)).containsExactly("Alpha");
		Prioritisation.Cell bravo = row(outcome, "Bravo").cells().get(1);
		assertThat(bravo.selected()).isFalse();
		assertThat(bravo.reasons()).hasSize(1);
		assertThat(bravo.reasons().get(0).key()).isEqualTo("intake.prioritisation.reason.wouldExceed.budget");
		assertThat(bravo.reasons().get(0).args()).containsExactly("2027", 20.0);
	}

	@Test
	void anApprovedNoteIsMandatoryEvenWhenAnotherIsWorthMore() {
		List<Prioritisation.Note> notes = List.of(note(1, "Alpha", 90, NoteStatus.RECOMMENDED, oneOff(150)),
				note(2, "Bravo", 30, NoteStatus.APPROVED, oneOff(100)));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes, request(BUDGET_200, Map.of()), LIMIT);

		assertThat(row(outcome, "Bravo").mandatory()).isTrue();
		assertThat(selected(outcome, 0)).containsExactly("Bravo");
		assertThat(reasonKeys(outcome, "Bravo", 0)).containsExactly("intake.prioritisation.reason.mandatory");
	}

	@Test
	void onlyScoredNotesInAssessmentRecommendedOrApprovedAreCandidates() {
		List<Prioritisation.Note> notes = new ArrayList<>();
		notes.add(note(1, "Alpha", 90, NoteStatus.RECOMMENDED, oneOff(10)));
		notes.add(new Prioritisation.Note(2, "Unscored", NoteStatus.RECOMMENDED,
				new WeightedScoring.Score(new BigDecimal("40.0"), false), "EUR", oneOff(10), List.of()));
		notes.add(note(3, "Submitted", 90, NoteStatus.SUBMITTED, oneOff(10)));
		notes.add(note(4, "Rejected", 90, NoteStatus.REJECTED, oneOff(10)));
		notes.add(note(5, "Deferred", 90, NoteStatus.DEFERRED, oneOff(10)));
		notes.add(new Prioritisation.Note(6, "Dollars", NoteStatus.RECOMMENDED,
				new WeightedScoring.Score(new BigDecimal("50.0"), true), "USD", oneOff(10), List.of()));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes, request(BUDGET_200, Map.of()), LIMIT);

		assertThat(outcome.rows()).extracting(Prioritisation.Row::title).containsExactly("Alpha");
		assertThat(outcome.skipped()).extracting(Prioritisation.Skipped::title).containsExactly("Unscored", "Dollars");
		assertThat(outcome.skipped()).extracting(s -> s.why().key())
			.containsExactly("intake.prioritisation.skipped.noScore", "intake.prioritisation.skipped.currency");
	}

	@Test
	void oneOffCostsFallInTheFirstYearAndRecurringCostsInEveryYear() {
		List<CostLine> costs = List.of(
				new CostLine(CostCategory.CONSULTANCY, CostKind.ONE_OFF, new BigDecimal("1000"), null),
				new CostLine(CostCategory.HOSTING, CostKind.RECURRING, new BigDecimal("99.5"), null));

		Prioritisation.Outcome outcome = Prioritisation
			.prioritise(List.of(note(1, "Alpha", 50, NoteStatus.RECOMMENDED, costs)), request(null, Map.of()), LIMIT);

		assertThat(outcome.solved()).isFalse();
		assertThat(outcome.rows().get(0).costPerYear()).containsExactly(1100, 100, 100);
		assertThat(outcome.years()).containsExactly("2027", "2028", "2029");
	}

	@Test
	void demandIsSummedPerQuarterAndACapacityCanBind() {
		List<ResourceEstimate> alpha = List.of(estimate("Java developer", "2027-01", 30),
				estimate("Java developer", "2027-03", 30), estimate("Java developer", "2030-01", 500));
		List<ResourceEstimate> bravo = List.of(estimate("Java developer", "2027-02", 20),
				estimate("Business analyst", "2027-02", 5));
		List<Prioritisation.Note> notes = List.of(
				new Prioritisation.Note(1, "Alpha", NoteStatus.RECOMMENDED, score(80), "EUR", oneOff(10), alpha),
				new Prioritisation.Note(2, "Bravo", NoteStatus.RECOMMENDED, score(50), "EUR", oneOff(10), bravo));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes,
				request(BUDGET_200, Map.of("Java developer", 70.0)), LIMIT);

		assertThat(outcome.skills()).containsExactly("Business analyst", "Java developer");
		assertThat(selected(outcome, 0)).containsExactly("Alpha");
		Prioritisation.Explanation why = row(outcome, "Bravo").cells().get(0).reasons().get(0);
		assertThat(why.key()).isEqualTo("intake.prioritisation.reason.wouldExceed.capacity");
		assertThat(why.args()).containsExactly("Java developer", "2027-Q1", 10.0);
	}

	@Test
	void approvedNotesBeyondTheBudgetMakeTheScenarioInfeasible() {
		List<Prioritisation.Note> notes = List.of(note(1, "Alpha", 80, NoteStatus.APPROVED, oneOff(190)));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes, request(BUDGET_200, Map.of()), LIMIT);

		assertThat(outcome.scenarios().get(0).status()).isEqualTo(Selection.Status.OPTIMAL);
		Prioritisation.ScenarioResult lower = outcome.scenarios().get(1);
		assertThat(lower.status()).isEqualTo(Selection.Status.INFEASIBLE);
		assertThat(lower.infeasibility()).extracting(Prioritisation.Explanation::key)
			.containsExactly("intake.prioritisation.infeasible.budget");
	}

	@Test
	void costsStartInTheNotesFirstYearOfWork() {
		List<CostLine> costs = List.of(
				new CostLine(CostCategory.CONSULTANCY, CostKind.ONE_OFF, new BigDecimal("1000"), null),
				new CostLine(CostCategory.HOSTING, CostKind.RECURRING, new BigDecimal("100"), null));
		Prioritisation.Note later = new Prioritisation.Note(1, "Later", NoteStatus.RECOMMENDED, score(50), "EUR", costs,
				List.of(estimate("Java developer", "2028-05", 10), estimate("Java developer", "2029-01", 10)));
		Prioritisation.Note beyond = new Prioritisation.Note(2, "Beyond", NoteStatus.RECOMMENDED, score(50), "EUR",
				costs, List.of(estimate("Java developer", "2035-01", 10)));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(List.of(later, beyond), request(null, Map.of()),
				LIMIT);

		assertThat(row(outcome, "Later").costPerYear()).containsExactly(0, 1100, 100);
		assertThat(row(outcome, "Beyond").costPerYear()).containsExactly(0, 0, 1100);
	}

	@Test
	void aNoteThatRequiresAnotherIsChosenOnlyWithIt() {
		Prioritisation.Note alpha = note(1, "Alpha", 10, NoteStatus.RECOMMENDED, oneOff(100));
		Prioritisation.Note bravo = related(note(2, "Bravo", 90, NoteStatus.RECOMMENDED, oneOff(100)), Set.of(1L),
				Set.of());
		Prioritisation.Note charlie = note(3, "Charlie", 60, NoteStatus.RECOMMENDED, oneOff(100));

		Prioritisation.Outcome unrelated = Prioritisation.prioritise(
				List.of(alpha, note(2, "Bravo", 90, NoteStatus.RECOMMENDED, oneOff(100)), charlie),
				request(BUDGET_200, Map.of()), LIMIT);
		assertThat(selected(unrelated, 0)).containsExactlyInAnyOrder("Bravo", "Charlie");

		Prioritisation.Outcome outcome = Prioritisation.prioritise(List.of(alpha, bravo, charlie),
				request(BUDGET_200, Map.of()), LIMIT);
		assertThat(selected(outcome, 0)).containsExactlyInAnyOrder("Alpha", "Bravo");
		assertThat(reasonKeys(outcome, "Alpha", 0))
			.containsExactly("intake.prioritisation.reason.chosenForValueRequired");
	}

	@Test
	void notesThatExcludeEachOtherAreNeverChosenTogether() {
		Prioritisation.Note alpha = note(1, "Alpha", 10, NoteStatus.RECOMMENDED, oneOff(100));
		Prioritisation.Note bravo = related(note(2, "Bravo", 90, NoteStatus.RECOMMENDED, oneOff(100)), Set.of(),
				Set.of(3L));
		Prioritisation.Note charlie = note(3, "Charlie", 60, NoteStatus.RECOMMENDED, oneOff(100));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(List.of(alpha, bravo, charlie),
				request(new long[] { 300, 300, 300 }, Map.of()), LIMIT);

		assertThat(selected(outcome, 0)).containsExactlyInAnyOrder("Alpha", "Bravo");
		Prioritisation.Explanation why = row(outcome, "Charlie").cells().get(0).reasons().get(0);
		assertThat(why.key()).isEqualTo("intake.prioritisation.reason.conflictsWith");
		assertThat(why.args()).containsExactly("Bravo");
	}

	@Test
	void aNoteThatRequiresANonCandidateIsLeftOutAndSoIsWhatRequiresIt() {
		Prioritisation.Note rejected = note(9, "Old idea", 90, NoteStatus.REJECTED, oneOff(10));
		Prioritisation.Note bravo = related(note(2, "Bravo", 90, NoteStatus.RECOMMENDED, oneOff(10)), Set.of(9L),
				Set.of());
		Prioritisation.Note delta = related(note(4, "Delta", 90, NoteStatus.RECOMMENDED, oneOff(10)), Set.of(2L),
				Set.of());
		Prioritisation.Note alpha = note(1, "Alpha", 10, NoteStatus.RECOMMENDED, oneOff(10));

		Prioritisation.Outcome outcome = Prioritisation.prioritise(List.of(rejected, bravo, delta, alpha),
				request(BUDGET_200, Map.of()), LIMIT);

		assertThat(outcome.rows()).extracting(Prioritisation.Row::title).containsExactly("Alpha");
		assertThat(outcome.skipped()).extracting(Prioritisation.Skipped::title).containsExactly("Bravo", "Delta");
		assertThat(outcome.skipped()).extracting(sk -> sk.why().args())
			.containsExactly(List.of("Old idea"), List.of("Bravo"));
	}

	@Test
	void aQuarterCanHaveItsOwnCapacity() {
		List<ResourceEstimate> alpha = List.of(estimate("Java developer", "2027-07", 60));
		List<ResourceEstimate> bravo = List.of(estimate("Java developer", "2027-01", 60));
		List<Prioritisation.Note> notes = List.of(
				new Prioritisation.Note(1, "Alpha", NoteStatus.RECOMMENDED, score(80), "EUR", oneOff(10), alpha),
				new Prioritisation.Note(2, "Bravo", NoteStatus.RECOMMENDED, score(50), "EUR", oneOff(10), bravo));

		// 100 days a quarter, but the summer quarter only 40: Alpha no longer fits.
		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes,
				request(BUDGET_200, Map.of("Java developer", 100.0, "Java developer@2027-Q3", 40.0)), LIMIT);
		assertThat(outcome.quarters()).hasSize(12).startsWith("2027-Q1");
		assertThat(selected(outcome, 0)).containsExactly("Bravo");
		Prioritisation.Explanation why = row(outcome, "Alpha").cells().get(0).reasons().get(0);
		assertThat(why.key()).isEqualTo("intake.prioritisation.reason.wouldExceed.capacity");
		assertThat(why.args()).containsExactly("Java developer", "2027-Q3", 20.0);

		// Only the first quarter limited: the other quarters are free.
		Prioritisation.Outcome firstOnly = Prioritisation.prioritise(notes,
				request(BUDGET_200, Map.of("Java developer@2027-Q1", 10.0)), LIMIT);
		assertThat(selected(firstOnly, 0)).containsExactly("Alpha");

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> Prioritisation.prioritise(notes,
					request(BUDGET_200, Map.of("Java developer@2031-Q1", 10.0)), LIMIT))
			.isInstanceOf(org.agilepmo.shared.RuleViolationException.class)
			.hasMessageContaining("quarter");
	}

	@Test
	void thePmosOwnScenarioScalesTheEnteredLimitsOnly() {
		List<ResourceEstimate> alpha = List.of(estimate("Java developer", "2027-01", 60),
				estimate("Business analyst", "2027-01", 30));
		List<ResourceEstimate> bravo = List.of(estimate("Java developer", "2027-04", 60));
		List<Prioritisation.Note> notes = List.of(
				new Prioritisation.Note(1, "Alpha", NoteStatus.RECOMMENDED, score(80), "EUR", oneOff(100), alpha),
				new Prioritisation.Note(2, "Bravo", NoteStatus.RECOMMENDED, score(50), "EUR", oneOff(100), bravo));

		// Both fit as entered; at 60 % of the capacity (60 days a quarter) too, since the
		// business analysts, who have no figure, stay unlimited; at 50 % of the budget
		// only
		// Alpha does.
		Prioritisation.Outcome outcome = Prioritisation.prioritise(notes,
				new Prioritisation.Request(YEAR, "EUR", BUDGET_200, Map.of("Java developer", 100.0), 50, 60), LIMIT);

		assertThat(outcome.scenarios()).extracting(Prioritisation.ScenarioResult::key)
			.containsExactly("base", "budget90", "custom");
		Prioritisation.ScenarioResult own = outcome.scenarios().get(2);
		assertThat(own.budgetPercent()).isEqualTo(50);
		assertThat(own.capacityPercent()).isEqualTo(60);
		assertThat(own.budget()).containsExactly(100, 100, 100);
		assertThat(selected(outcome, 0)).containsExactlyInAnyOrder("Alpha", "Bravo");
		assertThat(selected(outcome, 2)).containsExactly("Alpha");

		Prioritisation.Outcome tighter = Prioritisation.prioritise(notes,
				new Prioritisation.Request(YEAR, "EUR", BUDGET_200, Map.of("Java developer", 100.0), 100, 50), LIMIT);
		assertThat(selected(tighter, 2)).isEmpty();
		assertThat(row(tighter, "Alpha").cells().get(2).reasons().get(0).args()).containsExactly("Java developer",
				"2027-Q1", 10.0);
	}

	@Test
	void aNoteCanBeKeptInOrOutOfEveryScenarioForAComparison() {
		List<Prioritisation.Note> notes = List.of(note(1, "Alpha", 90, NoteStatus.RECOMMENDED, oneOff(150)),
				note(2, "Bravo", 30, NoteStatus.RECOMMENDED, oneOff(100)),
				note(3, "Charlie", 40, NoteStatus.APPROVED, oneOff(50)));

		Prioritisation.Outcome asDecided = Prioritisation.prioritise(notes, request(BUDGET_200, Map.of()), LIMIT);
		assertThat(selected(asDecided, 0)).containsExactlyInAnyOrder("Alpha", "Charlie");

		// What if Bravo were a must, and the approved Charlie were dropped?
		Prioritisation.Outcome whatIf = Prioritisation.prioritise(notes,
				new Prioritisation.Request(YEAR, "EUR", BUDGET_200, Map.of(), 100, 100, Map.of(2L, true, 3L, false)),
				LIMIT);
		assertThat(selected(whatIf, 0)).containsExactly("Bravo");
		assertThat(row(whatIf, "Bravo").forced()).isTrue();
		assertThat(row(whatIf, "Charlie").forced()).isFalse();
		assertThat(reasonKeys(whatIf, "Bravo", 0)).containsExactly("intake.prioritisation.reason.forcedIn");
		assertThat(reasonKeys(whatIf, "Charlie", 0)).containsExactly("intake.prioritisation.reason.forcedOut");
		assertThat(reasonKeys(whatIf, "Alpha", 0)).containsExactly("intake.prioritisation.reason.wouldExceed.budget");
	}

	static Prioritisation.Note related(Prioritisation.Note n, Set<Long> requires, Set<Long> excludes) {
		return new Prioritisation.Note(n.id(), n.title(), n.status(), n.score(), n.currency(), n.costs(), n.resources(),
				requires, excludes);
	}

	static Prioritisation.Request request(long[] budget, Map<String, Double> capacity) {
		return new Prioritisation.Request(YEAR, "EUR", budget, capacity);
	}

	static Prioritisation.Note note(long id, String title, int score, NoteStatus status, List<CostLine> costs) {
		return new Prioritisation.Note(id, title, status, score(score), "EUR", costs, List.of());
	}

	static WeightedScoring.Score score(int value) {
		return new WeightedScoring.Score(BigDecimal.valueOf(value).setScale(1), true);
	}

	static List<CostLine> oneOff(long amount) {
		return List.of(new CostLine(CostCategory.CONSULTANCY, CostKind.ONE_OFF, BigDecimal.valueOf(amount), null));
	}

	static ResourceEstimate estimate(String skill, String month, int days) {
		return new ResourceEstimate(skill, month, BigDecimal.valueOf(days));
	}

	static List<String> selected(Prioritisation.Outcome outcome, int scenario) {
		return outcome.rows()
			.stream()
			.filter(r -> r.cells().get(scenario).selected())
			.map(Prioritisation.Row::title)
			.toList();
	}

	static Prioritisation.Row row(Prioritisation.Outcome outcome, String title) {
		return outcome.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
	}

	static List<String> reasonKeys(Prioritisation.Outcome outcome, String title, int scenario) {
		return row(outcome, title).cells()
			.get(scenario)
			.reasons()
			.stream()
			.map(Prioritisation.Explanation::key)
			.toList();
	}

}
