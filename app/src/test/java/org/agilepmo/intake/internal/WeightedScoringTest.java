package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.agilepmo.intake.internal.WeightedScoring.Criterion;
import org.agilepmo.intake.internal.WeightedScoring.Ranked;
import org.agilepmo.intake.internal.WeightedScoring.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The weighted score of a note and the ranking of notes, by hand-computed cases. */
class WeightedScoringTest {

	static final Criterion VALUE = new Criterion(1, BigDecimal.valueOf(60), 1, 5, false);

	static final Criterion RISK = new Criterion(2, BigDecimal.valueOf(40), 1, 5, true);

	@Test
	void theBestEndOfEveryScaleScoresAHundred() {
		assertThat(WeightedScoring.score(List.of(VALUE, RISK), Map.of(1L, 5, 2L, 1)))
			.isEqualTo(new Score(new BigDecimal("100.0"), true));
	}

	@Test
	void aLowerIsBetterScaleCountsFromTheTop() {
		// value 3 of 1..5 → 0.5 × 60 = 30; risk 2 of 1..5, lower better → 0.75 × 40 = 30
		assertThat(WeightedScoring.score(List.of(VALUE, RISK), Map.of(1L, 3, 2L, 2)).value())
			.isEqualByComparingTo("60.0");
	}

	@Test
	void weightsNeedNotAddUpToAHundred() {
		Criterion a = new Criterion(1, BigDecimal.valueOf(3), 0, 10, false);
		Criterion b = new Criterion(2, BigDecimal.ONE, 0, 10, false);
		// (3 × 0.7 + 1 × 0.1) / 4 = 0.55
		assertThat(WeightedScoring.score(List.of(a, b), Map.of(1L, 7, 2L, 1)).value()).isEqualByComparingTo("55.0");
	}

	@Test
	void aMissingValueCountsAsTheWorstEndAndMarksTheScoreIncomplete() {
		Score score = WeightedScoring.score(List.of(VALUE, RISK), Map.of(1L, 5));
		assertThat(score.value()).isEqualByComparingTo("60.0");
		assertThat(score.complete()).isFalse();
	}

	@Test
	void aValueOutsideTheScaleIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WeightedScoring.score(List.of(VALUE), Map.of(1L, 6)))
			.withMessageContaining("outside the scale");
	}

	@Test
	void aModelWithoutWeightScoresZero() {
		Criterion none = new Criterion(1, BigDecimal.ZERO, 1, 5, false);
		assertThat(WeightedScoring.score(List.of(none), Map.of(1L, 5)).value()).isEqualByComparingTo("0");
	}

	@Test
	void scoresRoundHalfUpToOneDecimal() {
		Criterion thirds = new Criterion(1, BigDecimal.ONE, 0, 3, false);
		assertThat(WeightedScoring.score(List.of(thirds), Map.of(1L, 1)).value()).isEqualByComparingTo("33.3");
		assertThat(WeightedScoring.score(List.of(thirds), Map.of(1L, 2)).value()).isEqualByComparingTo("66.7");
	}

	@Test
	void equalScoresShareARankAndTheNextRankSkips() {
		Map<String, Score> scores = Map.of("a", score("50"), "b", score("80"), "c", score("80"), "d", score("10"));
		List<Ranked<String>> ranked = WeightedScoring.rank(List.of("a", "b", "c", "d"), scores::get);
		assertThat(ranked).extracting(Ranked::item).containsExactly("b", "c", "a", "d");
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1, 3, 4);
	}

	@Test
	void aCriterionNeedsAScaleWithRoomAndANonNegativeWeight() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Criterion(1, BigDecimal.ONE, 5, 5, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new Criterion(1, BigDecimal.valueOf(-1), 1, 5, false));
	}

	private static Score score(String value) {
		return new Score(new BigDecimal(value), true);
	}

}
