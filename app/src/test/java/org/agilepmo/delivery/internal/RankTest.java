package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RankTest {

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "null,null", "null,1", "a,b", "a,a1", "az,b", "0i,1", "i,null", "zz,null", "a0001,a001" })
	void aNewRankFallsStrictlyBetweenItsNeighbours(String before, String after) {
		String rank = Rank.between(before, after);
		if (before != null) {
			assertThat(rank).isGreaterThan(before);
		}
		if (after != null) {
			assertThat(rank).isLessThan(after);
		}
		assertThat(rank).doesNotEndWith("0");
	}

	@Test
	void neighboursInTheWrongOrderAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Rank.between("b", "a"));
		assertThatIllegalArgumentException().isThrownBy(() -> Rank.between("b", "b"));
	}

	@Test
	void insertingAtRandomPlacesKeepsTheIntendedOrder() {
		Random random = new Random(42);
		List<String> ranks = new ArrayList<>();
		ranks.add(Rank.between(null, null));
		for (int n = 0; n < 2000; n++) {
			int at = random.nextInt(ranks.size() + 1);
			String before = (at == 0) ? null : ranks.get(at - 1);
			String after = (at == ranks.size()) ? null : ranks.get(at);
			ranks.add(at, Rank.between(before, after));
		}
		List<String> sorted = new ArrayList<>(ranks);
		sorted.sort(null);
		assertThat(sorted).isEqualTo(ranks);
		assertThat(ranks).doesNotHaveDuplicates();
	}

	@Test
	void evenlySpreadRanksAreOrderedShortAndLeaveRoomAtBothEnds() {
		String[] ranks = Rank.evenly(1000);
		assertThat(ranks).isSorted().doesNotHaveDuplicates();
		assertThat(ranks[0].length()).isLessThanOrEqualTo(2);
		assertThat(Rank.between(null, ranks[0])).isLessThan(ranks[0]);
		assertThat(Rank.between(ranks[999], null)).isGreaterThan(ranks[999]);
	}

}
