package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.procurement.internal.Consolidation.Assessment;
import org.agilepmo.procurement.internal.Consolidation.BidPrice;
import org.agilepmo.procurement.internal.Consolidation.RankedBid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's consolidation worked by hand: pass/fail elimination by the evaluators'
 * majority (a tie eliminates), the mean of the technical points over the maximum times
 * the weight, the two financial formulas against the lowest price of the bids still in,
 * and ties that share a rank.
 */
class WeightedScoringTest {

	static final List<Criterion> CRITERIA = List.of(
			new Criterion("ELIG", "Eligibility", Criterion.Kind.PASS_FAIL, BigDecimal.ZERO, 0),
			new Criterion("TECH", "Method", Criterion.Kind.TECHNICAL, new BigDecimal("70"), 10),
			new Criterion("PRICE", "Price", Criterion.Kind.FINANCIAL, new BigDecimal("30"), 0));

	final List<Assessment> assessments = new ArrayList<>();

	void evaluator(long evaluator, long bid, boolean eligible, String tech) {
		this.assessments.add(new Assessment(bid, "ELIG", evaluator, null, eligible));
		this.assessments.add(new Assessment(bid, "TECH", evaluator, new BigDecimal(tech), null));
	}

	static BidPrice bid(long id, String supplier, String price) {
		return new BidPrice(id, supplier, new BigDecimal(price));
	}

	static RankedBid of(List<RankedBid> ranking, long bid) {
		return ranking.stream().filter(r -> r.bidId() == bid).findFirst().orElseThrow();
	}

	@Test
	void aBidTheMajorityFailsIsEliminatedAndItsLowPriceSetsNothing() {
		evaluator(1, 1, true, "8");
		evaluator(2, 1, true, "6");
		evaluator(1, 2, true, "6");
		evaluator(2, 2, true, "6");
		evaluator(1, 3, false, "10");
		evaluator(2, 3, false, "10");
		List<RankedBid> ranking = Consolidation.rank(CRITERIA, FinancialFormula.LOWEST_PRICE_RATIO,
				List.of(bid(1, "Alpha", "100000"), bid(2, "Beta", "80000"), bid(3, "Cheap", "50000")),
				this.assessments);

		// Alpha: 7/10 x 70 = 49, plus 80,000 / 100,000 x 30 = 24: 73. Beta: 42 + 30 = 72.
		assertThat(ranking).extracting(RankedBid::supplier).containsExactly("Alpha", "Beta", "Cheap");
		assertThat(of(ranking, 1).total()).isEqualByComparingTo("73.00");
		assertThat(of(ranking, 1).points()).containsEntry("TECH", new BigDecimal("49.00"))
			.containsEntry("PRICE", new BigDecimal("24.00"));
		assertThat(of(ranking, 2).total()).isEqualByComparingTo("72.00");
		assertThat(ranking).extracting(RankedBid::rank).containsExactly(1, 2, null);
		assertThat(of(ranking, 3).eliminated()).isTrue();
		assertThat(of(ranking, 3).failedCriteria()).containsExactly("ELIG");
		assertThat(of(ranking, 3).total()).isNull();
	}

	@Test
	void aSplitCommitteeDoesNotShowComplianceSoTheBidIsEliminated() {
		evaluator(1, 1, true, "5");
		evaluator(2, 1, false, "5");
		evaluator(1, 2, true, "5");
		evaluator(2, 2, true, "5");
		List<RankedBid> ranking = Consolidation.rank(CRITERIA, FinancialFormula.LOWEST_PRICE_RATIO,
				List.of(bid(1, "Split", "100"), bid(2, "Agreed", "200")), this.assessments);

		assertThat(of(ranking, 1).eliminated()).isTrue();
		assertThat(of(ranking, 2).rank()).isEqualTo(1);
		// The only bid still in has the lowest price: full financial weight.
		assertThat(of(ranking, 2).points()).containsEntry("PRICE", new BigDecimal("30.00"));
	}

	@Test
	void theProportionalDeviationFormulaTakesPointsForEachShareAboveTheLowestAndNeverGoesBelowZero() {
		evaluator(1, 1, true, "7");
		evaluator(1, 2, true, "6");
		evaluator(1, 3, true, "10");
		List<RankedBid> ranking = Consolidation.rank(CRITERIA, FinancialFormula.PROPORTIONAL_DEVIATION,
				List.of(bid(1, "Alpha", "100000"), bid(2, "Beta", "80000"), bid(3, "Gold", "240000")),
				this.assessments);

		// Alpha: 25 % above the lowest: 30 x 0.75 = 22.5, plus 49 = 71.5. Beta: 42 + 30 =
		// 72.
		// Gold: three times the lowest: 0, plus 70 = 70.
		assertThat(of(ranking, 1).points()).containsEntry("PRICE", new BigDecimal("22.50"));
		assertThat(of(ranking, 3).points()).containsEntry("PRICE", new BigDecimal("0.00"));
		assertThat(ranking).extracting(RankedBid::supplier).containsExactly("Beta", "Alpha", "Gold");
		assertThat(ranking).extracting(RankedBid::total)
			.containsExactly(new BigDecimal("72.00"), new BigDecimal("71.50"), new BigDecimal("70.00"));
	}

	@Test
	void theLowestPriceRatioGivesTheCheapestTheWholeWeightAndOthersTheirShare() {
		evaluator(1, 1, true, "0");
		evaluator(1, 2, true, "0");
		List<RankedBid> ranking = Consolidation.rank(CRITERIA, FinancialFormula.LOWEST_PRICE_RATIO,
				List.of(bid(1, "Three", "300"), bid(2, "Two", "200")), this.assessments);

		// 200 / 300 x 30 = 20.
		assertThat(of(ranking, 1).total()).isEqualByComparingTo("20.00");
		assertThat(of(ranking, 2).total()).isEqualByComparingTo("30.00");
	}

	@Test
	void bidsOfEqualTotalsShareTheirRankListedByPriceThenSupplierAndTheNextRankIsSkipped() {
		evaluator(1, 1, true, "10");
		evaluator(1, 2, true, "10");
		evaluator(1, 3, true, "10");
		evaluator(1, 4, true, "1");
		List<Criterion> technicalOnly = List.of(CRITERIA.get(0),
				new Criterion("TECH", "Method", Criterion.Kind.TECHNICAL, new BigDecimal("100"), 10));
		List<RankedBid> ranking = Consolidation.rank(technicalOnly, FinancialFormula.LOWEST_PRICE_RATIO,
				List.of(bid(1, "Zeta", "500"), bid(2, "Beta", "700"), bid(3, "Alpha", "500"), bid(4, "Last", "1")),
				this.assessments);

		assertThat(ranking).extracting(RankedBid::supplier).containsExactly("Alpha", "Zeta", "Beta", "Last");
		assertThat(ranking).extracting(RankedBid::rank).containsExactly(1, 1, 1, 4);
	}

	@Test
	void totalsAreRoundedOnceSoThatThirdsDoNotSplitATie() {
		// Three evaluators: 10, 10, 0 give a mean of 6.666..; 70 x 0.666.. = 46.666..
		evaluator(1, 1, true, "10");
		evaluator(2, 1, true, "10");
		evaluator(3, 1, true, "0");
		List<RankedBid> ranking = Consolidation.rank(CRITERIA, FinancialFormula.LOWEST_PRICE_RATIO,
				List.of(bid(1, "Alpha", "100")), this.assessments);

		assertThat(of(ranking, 1).total()).isEqualByComparingTo("76.67");
	}

}
