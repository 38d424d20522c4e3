package org.agilepmo.risk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.agilepmo.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A risk's rating is the configured matrix's rating of its cell (probability, most severe
 * impact), for every cell of a 5 x 5 and a 4 x 4, whatever letters the PMO configured.
 */
class RatingFromTheMatrixTest {

	/**
	 * A 5 x 5 unlike the standard one, so that a rating taken from anywhere else fails.
	 */
	static final String CONFIGURED_5X5 = "LLMMH" + "LMMHH" + "MMHHE" + "MHHEE" + "HHEEE";

	static final String CONFIGURED_4X4 = "LMMH" + "MMHH" + "MHHE" + "HHEE";

	static Stream<Arguments> cells() {
		return Stream.of(Arguments.of(5, CONFIGURED_5X5), Arguments.of(4, CONFIGURED_4X4))
			.flatMap(a -> IntStream.rangeClosed(1, (int) a.get()[0])
				.boxed()
				.flatMap(p -> IntStream.rangeClosed(1, (int) a.get()[0])
					.mapToObj(i -> Arguments.of(a.get()[0], a.get()[1], p, i))));
	}

	@ParameterizedTest(name = "{0}x{0}: probability {2}, impact {3}")
	@MethodSource("cells")
	void everyCellIsRatedAsTheMatrixSays(int size, String ratings, int probability, int impact) {
		RiskMatrix matrix = new RiskMatrix(7L, size, ratings);
		Rating expected = Rating.of(ratings.charAt((probability - 1) * size + impact - 1));

		Risk risk = risk(matrix, probability, Map.of("schedule", impact));

		assertThat(risk.rating()).isEqualTo(expected);
		assertThat(risk.score()).isEqualTo(probability * impact);
	}

	@Test
	void theStandardMatrixHasTwentyFiveCellsFromLowToExtreme() {
		RiskMatrix standard = RiskMatrix.standard();
		assertThat(standard.size()).isEqualTo(5);
		assertThat(standard.rate(1, 1)).isEqualTo(Rating.LOW);
		assertThat(standard.rate(5, 5)).isEqualTo(Rating.EXTREME);
		assertThat(standard.rate(3, 3)).isEqualTo(Rating.MEDIUM);
	}

	@Test
	void theMostSevereImpactDrivesTheRating() {
		RiskMatrix matrix = new RiskMatrix(null, 5, CONFIGURED_5X5);
		Risk mild = risk(matrix, 4, Map.of("cost", 1, "quality", 2));
		Risk severe = risk(matrix, 4, Map.of("cost", 1, "quality", 2, "reputation", 5));

		assertThat(mild.impact()).isEqualTo(2);
		assertThat(mild.rating()).isEqualTo(matrix.rate(4, 2)).isEqualTo(Rating.HIGH);
		assertThat(severe.impact()).isEqualTo(5);
		assertThat(severe.rating()).isEqualTo(matrix.rate(4, 5)).isEqualTo(Rating.EXTREME);
		assertThat(severe.score()).isEqualTo(20);
	}

	@Test
	void aLevelOffTheFourByFourScaleIsRefusedNamingTheField() {
		RiskMatrix matrix = new RiskMatrix(1L, 4, CONFIGURED_4X4);
		assertThatThrownBy(() -> risk(matrix, 5, Map.of("schedule", 1))).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("probability");
		assertThatThrownBy(() -> risk(matrix, 1, Map.of("schedule", 5))).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("impact");
	}

	@Test
	void aMatrixWhoseRatingsDoNotFillItIsRefused() {
		assertThatThrownBy(() -> new RiskMatrix(null, 4, "LLMM")).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> new RiskMatrix(null, 5, CONFIGURED_5X5.replace('E', 'X')))
			.isInstanceOf(RuleViolationException.class);
	}

	private static Risk risk(RiskMatrix matrix, int probability, Map<String, Integer> impact) {
		RiskDraft draft = new RiskDraft(Nature.THREAT, "A risk", null, null, null, "TECHNICAL", null, probability,
				impact, null, null, null, null, null, List.of());
		return new Risk(RegisterScope.project(1), null,
				new Description(Nature.THREAT, "A risk", null, null, null, "TECHNICAL", null, null, List.of()), null,
				RiskService.assessment(draft, matrix), matrix, Instant.EPOCH);
	}

}
