package org.agilepmo.planning.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.engine.risk.Sampling;
import org.agilepmo.planning.internal.RiskAnalysisService;
import org.agilepmo.planning.internal.RiskAnalysisService.Request;
import org.agilepmo.planning.internal.RiskAnalysisService.RunView;
import org.agilepmo.shared.CurrentActor;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedule and cost risk analysis of a project's plan by Monte Carlo simulation: start a
 * run (it continues in the background), follow its progress, read its results, stop it.
 */
@RestController
@Tag(name = "Schedule risk analysis", description = "Monte Carlo runs of a project's plan")
class RiskAnalysisApiController {

	private final RiskAnalysisService analyses;

	RiskAnalysisApiController(RiskAnalysisService analyses) {
		this.analyses = analyses;
	}

	@PostMapping("/api/v1/projects/{id}/risk-analyses")
	@Operation(summary = "Start a risk analysis of the plan as it is now",
			description = "iterations 100 to 100000 (1000 if not given), seed (any whole number; the time if not "
					+ "given), sampling LATIN_HYPERCUBE (default) or RANDOM. Answers 202 with the run's Location.")
	ResponseEntity<RunResource> start(@PathVariable long id, @RequestBody(required = false) Request request) {
		RunView run = this.analyses.start(CurrentActor.require(), id,
				(request != null) ? request : new Request(null, null, null));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/risk-analyses/" + run.id()))
			.body(RunResource.of(run));
	}

	@GetMapping("/api/v1/projects/{id}/risk-analyses")
	@Operation(summary = "The project's past and running analyses, newest first, with their inputs and P-dates")
	List<RunResource> runs(@PathVariable long id) {
		return this.analyses.runs(CurrentActor.require(), id).stream().map(RunResource::headline).toList();
	}

	@GetMapping("/api/v1/risk-analyses/{runId}")
	@Operation(summary = "A run: its status and progress, and when done its results",
			description = "status RUNNING, DONE, CANCELLED or FAILED; progress 0 to 1; finish and milestone dates "
					+ "are ISO date-times; cost is what the risk events add; activities give each activity's "
					+ "criticality (0 to 1), its rank correlation with the finish and its cruciality; drivers are "
					+ "the tornado, strongest first.")
	RunResource run(@PathVariable long runId) {
		return RunResource.of(this.analyses.run(CurrentActor.require(), runId));
	}

	@DeleteMapping("/api/v1/risk-analyses/{runId}")
	@Operation(summary = "Stop a running analysis", description = "A finished run is answered as it is.")
	RunResource cancel(@PathVariable long runId) {
		return RunResource.of(this.analyses.cancel(CurrentActor.require(), runId));
	}

	/** A run as the API shows it. */
	record RunResource(long id, long projectId, long planVersion, String status, double progress, int iterations,
			long seed, Sampling sampling, Instant startedAt, Instant finishedAt, String failure, JsonNode inputs,
			JsonNode plannedFinish, JsonNode finish, JsonNode cost, JsonNode activities, JsonNode drivers,
			JsonNode riskEvents, JsonNode milestones) {

		static RunResource of(RunView r) {
			JsonNode x = r.results();
			return new RunResource(r.id(), r.projectId(), r.planVersion(), r.status(), r.progress(), r.iterations(),
					r.seed(), r.sampling(), r.startedAt(), r.finishedAt(), r.failure(), r.inputs(),
					field(x, "plannedFinish"), field(x, "finish"), field(x, "cost"), field(x, "activities"),
					field(x, "drivers"), field(x, "riskEvents"), field(x, "milestones"));
		}

		/** A past run in a list: its inputs and the finish's mean and P-dates only. */
		static RunResource headline(RunView r) {
			return new RunResource(r.id(), r.projectId(), r.planVersion(), r.status(), r.progress(), r.iterations(),
					r.seed(), r.sampling(), r.startedAt(), r.finishedAt(), r.failure(), r.inputs(), null, r.results(),
					null, null, null, null, null);
		}

		private static JsonNode field(JsonNode node, String name) {
			return (node != null) ? node.get(name) : null;
		}

	}

}
