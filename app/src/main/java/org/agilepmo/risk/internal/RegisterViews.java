package org.agilepmo.risk.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's views: the probability x impact heat map (before and after the
 * response), top risks of a project or portfolio, and a project's exposure over time. A
 * portfolio's views roll up its own risks, its programmes' and those of the projects in
 * it that the reader may see, open ones only: a project the reader may not see adds
 * nothing, not even to a count. A portfolio the reader may not see is absent (404).
 */
@Service
public class RegisterViews {

	private final Risks risks;

	private final RatingChanges history;

	private final RegisterAccess access;

	private final MatrixService matrices;

	RegisterViews(Risks risks, RatingChanges history, RegisterAccess access, MatrixService matrices) {
		this.risks = risks;
		this.history = history;
		this.access = access;
		this.matrices = matrices;
	}

	@Transactional(readOnly = true)
	public HeatMap projectHeatMap(Actor actor, long projectId) {
		ProjectSummary project = this.access.visible(actor, projectId);
		return heatMap(this.matrices.matrixFor(project.portfolioId()),
				open(this.risks.findByProjectIdOrderByIdAsc(projectId)));
	}

	@Transactional(readOnly = true)
	public HeatMap portfolioHeatMap(Actor actor, long portfolioId) {
		return heatMap(this.matrices.matrixFor(portfolioId), open(portfolioRisks(actor, portfolioId)));
	}

	/**
	 * The open risks of the portfolio, its programmes and its visible projects, highest
	 * score first.
	 */
	@Transactional(readOnly = true)
	public List<Risk> portfolioTopRisks(Actor actor, long portfolioId, int limit) {
		return top(open(portfolioRisks(actor, portfolioId)), limit);
	}

	/**
	 * The open risks the portfolio's heat map counts in one cell (before the response, or
	 * after it when {@code residual}), highest score first.
	 */
	@Transactional(readOnly = true)
	public List<Risk> portfolioCell(Actor actor, long portfolioId, int probability, int impact, boolean residual) {
		RiskService.RegisterFilter cell = new RiskService.RegisterFilter(RiskStatus.OPEN, null, null, null, null,
				probability, impact, residual, null);
		int size = this.matrices.matrixFor(portfolioId).size();
		return top(open(portfolioRisks(actor, portfolioId)).stream()
			.filter(r -> cell.matches(r) || (residual && r.residualProbability() == null
					&& inCell(r.probability(), r.impact(), probability, impact, size)))
			.toList(), Integer.MAX_VALUE);
	}

	private static boolean inCell(int p, int i, int probability, int impact, int size) {
		return Math.min(p, size) == probability && Math.min(i, size) == impact;
	}

	/** The project's open risks, highest score first. */
	@Transactional(readOnly = true)
	public List<Risk> projectTopRisks(Actor actor, long projectId, int limit) {
		this.access.visible(actor, projectId);
		return top(open(this.risks.findByProjectIdOrderByIdAsc(projectId)), limit);
	}

	/**
	 * The visible projects of a portfolio the person may see, by id (404 when they may
	 * not see the portfolio).
	 */
	@Transactional(readOnly = true)
	public Map<Long, ProjectOverview> portfolioProjects(Actor actor, long portfolioId) {
		this.access.register(actor, RegisterScope.portfolio(portfolioId));
		Map<Long, ProjectOverview> inPortfolio = new java.util.LinkedHashMap<>();
		this.access.visibleProjects(actor).forEach((id, p) -> {
			if (p.portfolioId() == portfolioId) {
				inPortfolio.put(id, p);
			}
		});
		return inPortfolio;
	}

	/**
	 * The registers the risks come from, by their scope, as the reader sees them: for
	 * naming them in lists.
	 */
	@Transactional(readOnly = true)
	public Map<RegisterScope, RegisterAccess.Register> registersOf(Actor actor, List<Risk> risks) {
		Map<RegisterScope, RegisterAccess.Register> registers = new HashMap<>();
		for (Risk r : risks) {
			registers.computeIfAbsent(r.scope(), scope -> this.access.findRegister(actor, scope).orElse(null));
		}
		return registers;
	}

	/**
	 * The project's total exposure (the sum of its open risks' scores, before and after
	 * the response) at the end of each day its register's ratings changed, from the
	 * rating history.
	 */
	@Transactional(readOnly = true)
	public List<TrendPoint> exposureTrend(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		List<Long> ids = this.risks.findByProjectIdOrderByIdAsc(projectId).stream().map(Risk::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, int[]> current = new HashMap<>();
		TreeMap<LocalDate, int[]> byDay = new TreeMap<>();
		for (RatingChange c : this.history.findByRiskIdInOrderByChangedAtAscIdAsc(ids)) {
			boolean open = c.status() == RiskStatus.OPEN;
			int residual = c.residualScore() == null ? c.score() : c.residualScore();
			current.put(c.riskId(), new int[] { open ? c.score() : 0, open ? residual : 0 });
			int exposure = current.values().stream().mapToInt(v -> v[0]).sum();
			int after = current.values().stream().mapToInt(v -> v[1]).sum();
			byDay.put(c.changedAt().atZone(ZoneOffset.UTC).toLocalDate(), new int[] { exposure, after });
		}
		List<TrendPoint> points = new ArrayList<>();
		byDay.forEach((day, v) -> points.add(new TrendPoint(day, v[0], v[1])));
		return points;
	}

	private List<Risk> portfolioRisks(Actor actor, long portfolioId) {
		Map<Long, ProjectOverview> projects = portfolioProjects(actor, portfolioId);
		List<Risk> risks = new ArrayList<>(this.risks.findByProjectIdInOrderByIdAsc(projects.keySet()));
		Map<Long, Boolean> programmes = new HashMap<>();
		for (Risk r : this.risks.findByPortfolioIdOrderByIdAsc(portfolioId)) {
			if (r.programmeId() == null || programmes.computeIfAbsent(r.programmeId(),
					id -> this.access.findRegister(actor, RegisterScope.programme(id)).isPresent())) {
				risks.add(r);
			}
		}
		return risks;
	}

	private static List<Risk> open(List<Risk> risks) {
		return risks.stream().filter(r -> r.status() == RiskStatus.OPEN).toList();
	}

	static List<Risk> top(List<Risk> risks, int limit) {
		return risks.stream()
			.sorted(Comparator.comparingInt(Risk::score)
				.reversed()
				.thenComparing(Risk::rating, Comparator.reverseOrder())
				.thenComparing(Risk::id))
			.limit(limit)
			.toList();
	}

	static HeatMap heatMap(RiskMatrix matrix, List<Risk> risks) {
		int n = matrix.size();
		int[][] before = new int[n][n];
		int[][] after = new int[n][n];
		for (Risk r : risks) {
			before[Math.min(r.probability(), n) - 1][Math.min(r.impact(), n) - 1]++;
			if (r.residualProbability() != null) {
				after[Math.min(r.residualProbability(), n) - 1][Math.min(r.residualImpact(), n) - 1]++;
			}
			else {
				after[Math.min(r.probability(), n) - 1][Math.min(r.impact(), n) - 1]++;
			}
		}
		List<Cell> cells = new ArrayList<>();
		for (int p = n; p >= 1; p--) {
			for (int i = 1; i <= n; i++) {
				cells.add(new Cell(p, i, matrix.rate(p, i), before[p - 1][i - 1], after[p - 1][i - 1]));
			}
		}
		return new HeatMap(n, cells, risks.size());
	}

	/**
	 * A heat map: the matrix's size and its cells, highest probability first, each with
	 * its rating and the count of risks in it before and after the response (a risk
	 * without a residual rating stays where it is).
	 */
	public record HeatMap(int size, List<Cell> cells, int total) {

		/** The cells of one probability row, impact 1 first. */
		public List<Cell> row(int probability) {
			return this.cells.stream().filter(c -> c.probability() == probability).toList();
		}

		public List<Integer> probabilities() {
			List<Integer> rows = new ArrayList<>();
			for (int p = this.size; p >= 1; p--) {
				rows.add(p);
			}
			return rows;
		}

		public List<Integer> impacts() {
			List<Integer> columns = new ArrayList<>();
			for (int i = 1; i <= this.size; i++) {
				columns.add(i);
			}
			return columns;
		}

	}

	/** One cell of a heat map. */
	public record Cell(int probability, int impact, Rating rating, int before, int after) {

	}

	/** The total exposure at the end of a day. */
	public record TrendPoint(LocalDate day, int exposure, int residualExposure) {

	}

}
