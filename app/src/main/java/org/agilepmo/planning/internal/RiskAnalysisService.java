package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.engine.risk.ActivityRisk;
import org.agilepmo.engine.risk.CorrelationGroup;
import org.agilepmo.engine.risk.Estimate;
import org.agilepmo.engine.risk.EventRisk;
import org.agilepmo.engine.risk.Monitor;
import org.agilepmo.engine.risk.MonteCarlo;
import org.agilepmo.engine.risk.Outcomes;
import org.agilepmo.engine.risk.RiskAnalysis;
import org.agilepmo.engine.risk.RiskEvent;
import org.agilepmo.engine.risk.RiskModel;
import org.agilepmo.engine.risk.Sampling;
import org.agilepmo.engine.risk.Simulation;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ScheduleException;
import org.agilepmo.planning.internal.PlanScheduler.PlanNetwork;
import org.agilepmo.planning.BudgetCurrency;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.risk.ScheduleRiskEvents;
import org.agilepmo.risk.ScheduleRiskEvents.ScheduleRiskEvent;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedule and cost risk analysis of a project's plan: maps the plan, its three-point
 * estimates and the register's risk events to the engine's {@link RiskModel} in the
 * request, runs {@link MonteCarlo} on a bounded executor (one analysis at a time, a few
 * waiting), keeps the progress in memory and stores the results with the run.
 */
@Service
public class RiskAnalysisService {

	static final String KIND = "plan";

	/** The fewest and most iterations a run may have. */
	public static final int MIN_ITERATIONS = 100;

	public static final int MAX_ITERATIONS = 100_000;

	private static final int MILESTONES = 20;

	private static final int DRIVERS = 15;

	private final PlanStore store;

	private final PlanScheduler scheduler;

	private final RiskAnalysisRuns runs;

	private final ScheduleRiskEvents riskEvents;

	private final AuditTrail audit;

	private final ObjectMapper json;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final CorrelationGroupService correlations;

	private final ObjectProvider<BudgetCurrency> currencies;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(4), r -> {
				Thread t = new Thread(r, "risk-analysis");
				t.setDaemon(true);
				return t;
			});

	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	RiskAnalysisService(PlanStore store, PlanScheduler scheduler, RiskAnalysisRuns runs, ScheduleRiskEvents riskEvents,
			AuditTrail audit, ObjectMapper json, PlatformTransactionManager transactions,
			CorrelationGroupService correlations, ObjectProvider<BudgetCurrency> currencies) {
		this.correlations = correlations;
		this.currencies = currencies;
		this.store = store;
		this.scheduler = scheduler;
		this.runs = runs;
		this.riskEvents = riskEvents;
		this.audit = audit;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = Clock.systemUTC();
	}

	/** A run's settings as asked for. */
	public record Request(Integer iterations, Long seed, Sampling sampling) {
	}

	/** A run as shown: its settings, inputs, progress and (when done) results. */
	public record RunView(long id, long projectId, long planVersion, String status, double progress, int iterations,
			long seed, Sampling sampling, Instant startedAt, Instant finishedAt, String failure, JsonNode inputs,
			JsonNode results) {
	}

	/**
	 * Starts an analysis of the plan as it is now; answers at once with the run, which
	 * continues in the background.
	 * @throws RuleViolationException for settings out of range, a plan that cannot be
	 * scheduled, or too many analyses waiting
	 */
	@Transactional
	public RunView start(Actor actor, long projectId, Request request) {
		int iterations = (request.iterations() != null) ? request.iterations() : 1000;
		if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
			throw new RuleViolationException("iterations", "planning.error.iterations",
					"must be a whole number from 100 to 100,000");
		}
		long seed = (request.seed() != null) ? request.seed() : this.clock.millis();
		Sampling sampling = (request.sampling() != null) ? request.sampling() : Sampling.LATIN_HYPERCUBE;
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		List<Activity> ordered = model.activities();
		PlanNetwork built = this.scheduler.network(plan, ordered, model.dependencies(), model.calendars());
		Map<Long, Integer> index = new HashMap<>(ordered.size() * 2);
		for (int i = 0; i < ordered.size(); i++) {
			index.put(ordered.get(i).id(), i);
		}
		RiskModel.Builder risk = RiskModel.builder(built.network(), built.projectCalendar());
		List<Map<String, Object>> estimateInputs = new ArrayList<>();
		List<Long> milestoneIds = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Activity a = ordered.get(i);
			Estimate e = a.estimate().toEngine();
			boolean finished = a.actualFinish() != null;
			if (e != null && a.kind() == ActivityKind.TASK && !finished) {
				risk.estimate(i, e);
				estimateInputs.add(ordered(Map.of("activityId", a.id(), "durationMinMinutes", e.minimum(),
						"durationLikelyMinutes", e.mostLikely(), "durationMaxMinutes", e.maximum(), "distribution",
						e.distribution().name())));
			}
			if (a.kind() == ActivityKind.MILESTONE && milestoneIds.size() < MILESTONES) {
				risk.milestone(i);
				milestoneIds.add(a.id());
			}
		}
		List<Map<String, Object>> groupInputs = correlate(risk, projectId, ordered, index);
		Map<String, Object> costInputs = costs(risk, actor, projectId, ordered, index);
		List<Map<String, Object>> eventInputs = new ArrayList<>();
		for (ScheduleRiskEvent event : this.riskEvents.of(actor, projectId)) {
			int[] hit = event.activityIds()
				.stream()
				.filter(index::containsKey)
				.filter(id -> ordered.get(index.get(id)).kind() != ActivityKind.SUMMARY)
				.mapToInt(index::get)
				.toArray();
			if (hit.length == 0) {
				continue;
			}
			risk.event(new RiskEvent(event.code(), event.title(), event.probability(), hit,
					new Estimate(event.delayMinMinutes(), event.delayLikelyMinutes(), event.delayMaxMinutes(),
							org.agilepmo.engine.risk.Distribution.TRIANGULAR),
					event.cost().doubleValue()));
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("riskId", event.riskId());
			e.put("code", event.code());
			e.put("title", event.title());
			e.put("probability", event.probability());
			e.put("activityIds", event.activityIds());
			e.put("delayMinMinutes", event.delayMinMinutes());
			e.put("delayLikelyMinutes", event.delayLikelyMinutes());
			e.put("delayMaxMinutes", event.delayMaxMinutes());
			e.put("cost", event.cost());
			eventInputs.add(e);
		}
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("planVersion", plan.version());
		inputs.put("iterations", iterations);
		inputs.put("seed", seed);
		inputs.put("sampling", sampling.name());
		inputs.put("estimates", estimateInputs);
		inputs.put("riskEvents", eventInputs);
		inputs.put("correlationGroups", groupInputs);
		inputs.put("costs", costInputs);
		inputs.put("milestoneIds", milestoneIds);
		RiskAnalysisRun run = this.runs.saveAndFlush(new RiskAnalysisRun(projectId, plan.version(), iterations, seed,
				sampling, this.json.writeValueAsString(inputs), actor.id(), this.clock.instant()));
		this.audit.record(new AuditRecord(KIND + ".risk-analysis-started", KIND, String.valueOf(projectId),
				project.classification(), "risk analysis " + run.id(), null, inputs));
		Running state = new Running();
		this.running.put(run.id(), state);
		long runId = run.id();
		RiskModel riskModel = risk.build();
		Simulation simulation = new Simulation(iterations, seed, sampling, 0);
		List<Activity> rows = List.copyOf(ordered);
		Runnable work = () -> simulate(runId, riskModel, simulation, rows, state);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					submit(runId, work);
				}
			});
		}
		else {
			submit(runId, work);
		}
		return view(run, state);
	}

	/**
	 * Adds the project's correlation groups to the model: of each group, the members that
	 * are still tasks of the plan with an estimate and not finished (a group left with
	 * fewer than two is not used); answers them as the run's inputs.
	 */
	private List<Map<String, Object>> correlate(RiskModel.Builder risk, long projectId, List<Activity> ordered,
			Map<Long, Integer> index) {
		List<Map<String, Object>> used = new ArrayList<>();
		for (CorrelationGroupService.CorrelationGroupView g : this.correlations.ofProject(projectId)) {
			List<Long> members = g.activityIds().stream().filter(index::containsKey).filter(id -> {
				Activity a = ordered.get(index.get(id));
				return a.kind() == ActivityKind.TASK && a.actualFinish() == null && a.estimate().isGiven();
			}).toList();
			double coefficient = g.coefficient().doubleValue();
			if (members.size() < 2 || coefficient <= -1.0 / (members.size() - 1)) {
				continue;
			}
			risk.correlate(
					new CorrelationGroup(g.name(), members.stream().mapToInt(index::get).toArray(), coefficient));
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("groupId", g.id());
			m.put("name", g.name());
			m.put("coefficient", g.coefficient());
			m.put("activityIds", members);
			used.add(m);
		}
		return used;
	}

	/**
	 * Gives each task with a budgeted cost (the plan's own) that cost spread over its
	 * planned working minutes, so that its cost follows its drawn duration; a task
	 * without duration keeps its cost fixed. Finished tasks' costs are spent and stay out
	 * of the distribution. The currency is the project budget's, when a module names it.
	 */
	private Map<String, Object> costs(RiskModel.Builder risk, Actor actor, long projectId, List<Activity> ordered,
			Map<Long, Integer> index) {
		Map<String, Object> used = new LinkedHashMap<>();
		Map<String, Object> byActivity = new LinkedHashMap<>();
		for (Activity a : ordered) {
			BigDecimal budgeted = a.budgetedCost();
			Integer i = index.get(a.id());
			if (i == null || budgeted == null || budgeted.signum() <= 0 || a.kind() != ActivityKind.TASK
					|| a.actualFinish() != null) {
				continue;
			}
			double amount = budgeted.doubleValue();
			if (a.durationMinutes() > 0) {
				risk.cost(i, 0, amount / a.durationMinutes());
			}
			else {
				risk.cost(i, amount, 0);
			}
			byActivity.put(String.valueOf(a.id()), budgeted);
		}
		if (byActivity.isEmpty()) {
			return used;
		}
		BudgetCurrency source = this.currencies.getIfAvailable();
		used.put("currency", (source != null) ? source.of(projectId).orElse(null) : null);
		used.put("budgetedByActivity", byActivity);
		return used;
	}

	private void submit(long runId, Runnable work) {
		try {
			this.executor.execute(work);
		}
		catch (RejectedExecutionException ex) {
			this.running.remove(runId);
			this.transaction.executeWithoutResult(t -> this.runs.findById(runId)
				.ifPresent(r -> r.fail("too many analyses are waiting; run it again later", this.clock.instant())));
		}
	}

	private void simulate(long runId, RiskModel model, Simulation simulation, List<Activity> rows, Running state) {
		try {
			RiskAnalysis result = MonteCarlo.simulate(model, simulation, state);
			String results = this.json.writeValueAsString(results(result, rows));
			this.transaction.executeWithoutResult(
					t -> this.runs.findById(runId).ifPresent(r -> r.finish(results, this.clock.instant())));
		}
		catch (CancellationException ex) {
			// The run was marked cancelled by the person who stopped it.
		}
		catch (ScheduleException | IllegalArgumentException ex) {
			this.transaction.executeWithoutResult(
					t -> this.runs.findById(runId).ifPresent(r -> r.fail(ex.getMessage(), this.clock.instant())));
		}
		finally {
			this.running.remove(runId);
		}
	}

	private Map<String, Object> results(RiskAnalysis result, List<Activity> rows) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("plannedFinish", result.plannedFinish());
		out.put("finish", dates(result.finish()));
		Outcomes cost = result.cost();
		Map<String, Object> costs = new LinkedHashMap<>();
		costs.put("mean", cost.mean());
		costs.put("p10", cost.percentile(0.1));
		costs.put("p50", cost.percentile(0.5));
		costs.put("p80", cost.percentile(0.8));
		costs.put("p90", cost.percentile(0.9));
		costs.put("histogram",
				cost.histogram(20)
					.stream()
					.map(b -> ordered(Map.of("from", b.from(), "to", b.to(), "count", b.count())))
					.toList());
		costs.put("curve", cost.curve());
		out.put("cost", costs);
		List<Map<String, Object>> activities = new ArrayList<>();
		for (ActivityRisk a : result.activities()) {
			activities.add(activity(a, rows));
		}
		out.put("activities", activities);
		out.put("drivers", result.drivers(DRIVERS).stream().map(a -> activity(a, rows)).toList());
		List<Map<String, Object>> events = new ArrayList<>();
		for (EventRisk e : result.events()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", e.id());
			m.put("title", e.name());
			m.put("probability", e.probability());
			m.put("occurred", e.occurred());
			m.put("finishDelayMinutes", e.finishDelay());
			m.put("costIncrease", e.costIncrease());
			m.put("expectedDelayMinutes", e.expectedDelay());
			events.add(m);
		}
		out.put("riskEvents", events);
		List<Map<String, Object>> milestones = new ArrayList<>();
		for (Map.Entry<String, Outcomes> m : result.milestones().entrySet()) {
			long id = Long.parseLong(m.getKey());
			String name = rows.stream().filter(r -> r.id() == id).map(Activity::name).findFirst().orElse("");
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("activityId", id);
			entry.put("name", name);
			entry.putAll(dates(m.getValue()));
			entry.remove("histogram");
			entry.remove("curve");
			milestones.add(entry);
		}
		out.put("milestones", milestones);
		return out;
	}

	private static Map<String, Object> activity(ActivityRisk a, List<Activity> rows) {
		Activity row = rows.get(a.activity());
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("activityId", row.id());
		m.put("externalId", row.externalId());
		m.put("name", row.name());
		m.put("criticality", a.criticality());
		m.put("correlation", a.correlation());
		m.put("cruciality", a.cruciality());
		return m;
	}

	private static Map<String, Object> dates(Outcomes o) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("mean", RiskAnalysis.date(o.mean()));
		m.put("p10", RiskAnalysis.date(o.percentile(0.1)));
		m.put("p50", RiskAnalysis.date(o.percentile(0.5)));
		m.put("p80", RiskAnalysis.date(o.percentile(0.8)));
		m.put("p90", RiskAnalysis.date(o.percentile(0.9)));
		m.put("histogram", o.histogram(30)
			.stream()
			.map(b -> ordered(
					Map.of("from", RiskAnalysis.date(b.from()), "to", RiskAnalysis.date(b.to()), "count", b.count())))
			.toList());
		List<LocalDateTime> curve = new ArrayList<>();
		for (double v : o.curve()) {
			curve.add(RiskAnalysis.date(v));
		}
		m.put("curve", curve);
		return m;
	}

	private static Map<String, Object> ordered(Map<String, Object> map) {
		return new java.util.TreeMap<>(map);
	}

	/** The run, when the person may see its project (404 otherwise). */
	@Transactional(readOnly = true)
	public RunView run(Actor actor, long runId) {
		RiskAnalysisRun run = visible(actor, runId);
		return view(run, this.running.get(runId));
	}

	/** The project's runs, newest first, without their results. */
	@Transactional(readOnly = true)
	public List<RunView> runs(Actor actor, long projectId) {
		this.store.visible(actor, projectId);
		return this.runs.findTop50ByProjectIdOrderByIdDesc(projectId)
			.stream()
			.map(r -> summary(r, this.running.get(r.id())))
			.toList();
	}

	/** Stops a running analysis; a finished one is answered as it is. */
	@Transactional
	public RunView cancel(Actor actor, long runId) {
		RiskAnalysisRun run = visible(actor, runId);
		ProjectSummary project = this.store.editable(actor, run.projectId());
		Running state = this.running.get(runId);
		if (run.status() != RiskAnalysisRun.Status.RUNNING) {
			// Nothing left to stop: the run stays as it ended.
			return view(run, state);
		}
		if (this.runs.cancelIfRunning(runId, this.clock.instant()) == 0) {
			// It ended while the request came in: answered as it ended.
			return view(this.runs.findById(runId).orElseThrow(), state);
		}
		if (state != null) {
			state.cancelled = true;
		}
		this.audit.record(new AuditRecord(KIND + ".risk-analysis-cancelled", KIND, String.valueOf(run.projectId()),
				project.classification(), "risk analysis " + runId, null, null));
		return view(this.runs.findById(runId).orElseThrow(), state);
	}

	private RiskAnalysisRun visible(Actor actor, long runId) {
		RiskAnalysisRun run = this.runs.findById(runId)
			.orElseThrow(() -> new NotFoundException("risk analysis", runId));
		try {
			this.store.visible(actor, run.projectId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("risk analysis", runId);
		}
		return run;
	}

	private RunView view(RiskAnalysisRun r, Running state) {
		return new RunView(r.id(), r.projectId(), r.planVersion(), r.status().name(), progress(r, state),
				r.iterations(), r.seed(), r.sampling(), r.startedAt(), r.finishedAt(), r.failure(),
				this.json.readTree(r.inputs()), (r.results() != null) ? this.json.readTree(r.results()) : null);
	}

	private RunView summary(RiskAnalysisRun r, Running state) {
		JsonNode results = (r.results() != null) ? this.json.readTree(r.results()).get("finish") : null;
		JsonNode headline = null;
		if (results != null) {
			var node = this.json.createObjectNode();
			for (String key : new String[] { "mean", "p10", "p50", "p80", "p90" }) {
				node.set(key, results.get(key));
			}
			headline = node;
		}
		return new RunView(r.id(), r.projectId(), r.planVersion(), r.status().name(), progress(r, state),
				r.iterations(), r.seed(), r.sampling(), r.startedAt(), r.finishedAt(), r.failure(),
				this.json.readTree(r.inputs()), headline);
	}

	private static double progress(RiskAnalysisRun r, Running state) {
		if (r.status() == RiskAnalysisRun.Status.DONE) {
			return 1;
		}
		return (state != null) ? state.done : 0;
	}

	@PreDestroy
	void stop() {
		this.running.values().forEach(s -> s.cancelled = true);
		this.executor.shutdownNow();
	}

	/** A run in progress: how far it is, and whether to stop. */
	private static final class Running implements Monitor {

		private volatile double done;

		private volatile boolean cancelled;

		@Override
		public void progress(double share) {
			this.done = share;
		}

		@Override
		public boolean cancelled() {
			return this.cancelled;
		}

	}

}
