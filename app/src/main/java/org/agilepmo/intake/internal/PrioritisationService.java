package org.agilepmo.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agilepmo.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portfolio prioritisation for the PMO: the concept notes the person may see that are in
 * assessment, recommended or approved, optimised under the limits entered and under the
 * same limits with the budget 10 % lower (see {@link Prioritisation} for the rules).
 */
@Service
public class PrioritisationService {

	static final Duration TIME_LIMIT = Duration.ofSeconds(2);

	private final ConceptNoteService notes;

	private final Clock clock;

	@Autowired
	PrioritisationService(ConceptNoteService notes) {
		this(notes, Clock.systemUTC());
	}

	PrioritisationService(ConceptNoteService notes, Clock clock) {
		this.notes = notes;
		this.clock = clock;
	}

	/** The first of the three budget years: the current calendar year. */
	public int firstYear() {
		return Year.now(this.clock).getValue();
	}

	/**
	 * Optimises under the limits; {@code currency} {@code null} means the one most notes
	 * use, {@code budget} {@code null} shows the candidates without optimising.
	 */
	@Transactional(readOnly = true)
	public Prioritisation.Outcome prioritise(Actor actor, String currency, long[] budget,
			Map<String, Double> capacity) {
		return prioritise(actor, currency, budget, capacity, 100, 100, Map.of());
	}

	/**
	 * The same, with a third scenario when either percentage is not 100 (the budget and
	 * the capacities at those percentages of the limits), and notes forced in
	 * ({@code true}) or out ({@code false}) of every scenario.
	 */
	@Transactional(readOnly = true)
	public Prioritisation.Outcome prioritise(Actor actor, String currency, long[] budget, Map<String, Double> capacity,
			int scenarioBudgetPercent, int scenarioCapacityPercent, Map<Long, Boolean> forced) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO prioritises the portfolio");
		}
		List<Prioritisation.Note> candidates = new ArrayList<>();
		for (WeightedScoring.Ranked<NoteView> ranked : this.notes.ranking(actor)) {
			candidates.add(Prioritisation.Note.of(ranked.item()));
		}
		String chosen = currency == null || currency.isBlank() ? Prioritisation.usualCurrency(candidates) : currency;
		return Prioritisation.prioritise(candidates, new Prioritisation.Request(firstYear(), chosen, budget, capacity,
				scenarioBudgetPercent, scenarioCapacityPercent, forced), TIME_LIMIT);
	}

}
