package org.agilepmo.governance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.intake.CarriedEstimate;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.Stage;

/**
 * The portfolio dashboard's figures for the projects a person may see: counts by stage
 * and health, and per portfolio the rough cost stated in the concept notes against the
 * assessed estimate carried over at approval (one-off and yearly recurring), where known.
 */
public record PortfolioDashboard(Map<Stage, Integer> byStage, Map<Health, Integer> byHealth, List<PortfolioMoney> money,
		int total) {

	/** Sums per portfolio and currency of the projects that came through intake. */
	public record PortfolioMoney(String portfolio, String currency, int projects, BigDecimal roughCost,
			BigDecimal oneOff, BigDecimal recurringPerYear) {

		/** The assessed one-off estimate minus the rough cost stated at submission. */
		public BigDecimal difference() {
			return this.oneOff.subtract(this.roughCost);
		}

	}

	public static PortfolioDashboard of(List<ProjectOverview> projects, Map<Long, CarriedEstimate> estimates) {
		Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
		for (Stage s : Stage.values()) {
			byStage.put(s, 0);
		}
		Map<Health, Integer> byHealth = new EnumMap<>(Health.class);
		for (Health h : Health.values()) {
			byHealth.put(h, 0);
		}
		Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ProjectOverview p : projects) {
			byStage.merge(p.stage(), 1, Integer::sum);
			byHealth.merge(p.health(), 1, Integer::sum);
			CarriedEstimate e = estimates.get(p.id());
			if (e != null) {
				String key = p.portfolioName() + "\u0000" + e.currency();
				BigDecimal[] s = sums.computeIfAbsent(key,
						k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				s[0] = s[0].add(e.roughCost() == null ? BigDecimal.ZERO : e.roughCost());
				s[1] = s[1].add(e.oneOffCost());
				s[2] = s[2].add(e.recurringCostPerYear());
				counts.merge(key, 1, Integer::sum);
			}
		}
		List<PortfolioMoney> money = new ArrayList<>();
		sums.forEach((key, s) -> {
			String[] parts = key.split("\u0000");
			money.add(new PortfolioMoney(parts[0], parts[1], counts.get(key), s[0], s[1], s[2]));
		});
		return new PortfolioDashboard(byStage, byHealth, money, projects.size());
	}

}
