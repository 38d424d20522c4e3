package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The committee's consolidated result from the submitted scores: a bid is eliminated
 * when, on any pass/fail criterion, fewer evaluators found it passing than failing or as
 * many (compliance must be shown, a tie does not show it); each technical criterion gives
 * the mean of the evaluators' points over its maximum times its weight; the financial
 * criterion gives points by the tender's formula against the lowest price of the bids
 * still in; the total is rounded to two decimals once, and bids of equal totals share a
 * rank (1, 1, 3), listed by price and then by supplier.
 */
public final class Consolidation {

	private Consolidation() {
	}

	/** One bid's place in the ranking. */
	public record RankedBid(long bidId, String supplier, BigDecimal price, boolean eliminated,
			List<String> failedCriteria, Map<String, BigDecimal> points, BigDecimal total, Integer rank) {

		public RankedBid {
			failedCriteria = List.copyOf(failedCriteria);
			points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
		}

	}

	/** A bid as the consolidation needs it. */
	public record BidPrice(long bidId, String supplier, BigDecimal price) {
	}

	/** One evaluator's submitted assessment of a bid on a criterion. */
	public record Assessment(long bidId, String criterion, long evaluatorId, BigDecimal score, Boolean passed) {
	}

	public static List<RankedBid> rank(List<Criterion> criteria, FinancialFormula formula, List<BidPrice> bids,
			List<Assessment> assessments) {
		Map<Long, List<String>> failed = new LinkedHashMap<>();
		for (BidPrice bid : bids) {
			List<String> fails = new ArrayList<>();
			for (Criterion c : criteria) {
				if (c.kind() != Criterion.Kind.PASS_FAIL) {
					continue;
				}
				long passes = assessments.stream()
					.filter(a -> a.bidId() == bid.bidId() && a.criterion().equals(c.code()))
					.filter(a -> Boolean.TRUE.equals(a.passed()))
					.count();
				long fails2 = assessments.stream()
					.filter(a -> a.bidId() == bid.bidId() && a.criterion().equals(c.code()))
					.filter(a -> Boolean.FALSE.equals(a.passed()))
					.count();
				if (passes <= fails2) {
					fails.add(c.code());
				}
			}
			failed.put(bid.bidId(), fails);
		}
		Optional<BigDecimal> lowest = bids.stream()
			.filter(b -> failed.get(b.bidId()).isEmpty())
			.map(BidPrice::price)
			.min(Comparator.naturalOrder());
		List<RankedBid> ranked = new ArrayList<>();
		for (BidPrice bid : bids) {
			List<String> fails = failed.get(bid.bidId());
			if (!fails.isEmpty()) {
				ranked.add(new RankedBid(bid.bidId(), bid.supplier(), bid.price(), true, fails, Map.of(), null, null));
				continue;
			}
			Map<String, BigDecimal> points = new LinkedHashMap<>();
			BigDecimal total = BigDecimal.ZERO;
			for (Criterion c : criteria) {
				BigDecimal p = switch (c.kind()) {
					case PASS_FAIL -> null;
					case FINANCIAL -> formula.points(bid.price(), lowest.orElseThrow(), c.weight());
					case TECHNICAL -> technical(c, bid.bidId(), assessments);
				};
				if (p != null) {
					points.put(c.code(), p.setScale(2, RoundingMode.HALF_UP));
					total = total.add(p);
				}
			}
			ranked.add(new RankedBid(bid.bidId(), bid.supplier(), bid.price(), false, List.of(), points,
					total.setScale(2, RoundingMode.HALF_UP), null));
		}
		ranked.sort(Comparator.comparing(RankedBid::eliminated)
			.thenComparing(RankedBid::total, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(RankedBid::price)
			.thenComparing(RankedBid::supplier));
		List<RankedBid> withRanks = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			RankedBid r = ranked.get(i);
			Integer rank = null;
			if (!r.eliminated()) {
				rank = (i > 0 && !ranked.get(i - 1).eliminated() && ranked.get(i - 1).total().compareTo(r.total()) == 0)
						? withRanks.get(i - 1).rank() : i + 1;
			}
			withRanks.add(new RankedBid(r.bidId(), r.supplier(), r.price(), r.eliminated(), r.failedCriteria(),
					r.points(), r.total(), rank));
		}
		return withRanks;
	}

	private static BigDecimal technical(Criterion c, long bidId, List<Assessment> assessments) {
		List<BigDecimal> scores = assessments.stream()
			.filter(a -> a.bidId() == bidId && a.criterion().equals(c.code()) && a.score() != null)
			.map(Assessment::score)
			.toList();
		if (scores.isEmpty()) {
			return BigDecimal.ZERO;
		}
		BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.multiply(c.weight())
			.divide(BigDecimal.valueOf(scores.size()).multiply(BigDecimal.valueOf(c.maxScore())), FinancialFormula.MC);
	}

}
