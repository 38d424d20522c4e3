package org.agilepmo.resources.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.resources.internal.CapacityFigures;
import org.agilepmo.resources.internal.CapacityService;
import org.agilepmo.resources.internal.CompositionService;
import org.agilepmo.resources.internal.DrillLine;
import org.agilepmo.resources.internal.Granularity;
import org.agilepmo.resources.internal.GroupBy;
import org.agilepmo.resources.internal.SquadComposition;
import org.agilepmo.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Capacity against demand, the drill-down of one cell, and squads' composition over HTTP:
 * the same figures as the heatmap page, as the caller may see them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Capacity", description = "Capacity against demand by person, centre or skill; squad composition")
class CapacityApiController {

	private final CapacityService capacity;

	private final CompositionService composition;

	CapacityApiController(CapacityService capacity, CompositionService composition) {
		this.capacity = capacity;
		this.composition = composition;
	}

	@GetMapping("/capacity")
	@Operation(summary = "Hours available and asked per row and column",
			description = "groupBy person, centre or skill; granularity week or month; from and to are widened to "
					+ "whole weeks or months (at most three years). Demand on a project the caller may not see is "
					+ "left out.")
	FiguresResource figures(@RequestParam(defaultValue = "person") String groupBy,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "week") String granularity, @RequestParam(required = false) Long centreId,
			@RequestParam(required = false) Long skillId) {
		CapacityFigures f = this.capacity.figures(CurrentActor.require(), new CapacityService.Query(
				Choices.groupBy(groupBy), Choices.granularity(granularity), from, to, centreId, skillId));
		List<RowResource> rows = new ArrayList<>();
		for (CapacityFigures.Row row : f.rows()) {
			List<CellResource> cells = new ArrayList<>();
			for (int i = 0; i < f.columns().size(); i++) {
				CapacityFigures.Cell c = row.cell(i);
				cells.add(new CellResource(f.columns().get(i).label(), c.capacity(), c.demand(), c.percent(),
						c.band().name().toLowerCase(java.util.Locale.ROOT)));
			}
			rows.add(new RowResource(row.id(), row.label(), cells));
		}
		return new FiguresResource(f.first(), f.last(), f.granularity().name().toLowerCase(java.util.Locale.ROOT),
				f.groupBy().name().toLowerCase(java.util.Locale.ROOT), f.columns(), rows);
	}

	@GetMapping("/capacity/drill")
	@Operation(summary = "The projects and squads that make one cell's load",
			description = "Only those the caller may see; key is the row's id.")
	List<DrillLine> drill(@RequestParam(defaultValue = "person") String groupBy, @RequestParam long key,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.capacity.drill(CurrentActor.require(), Choices.groupBy(groupBy), key, from, to);
	}

	@GetMapping("/squads/{squadId}/composition")
	@Operation(summary = "A squad's target composition against the people allocated on a day (today by default)")
	SquadComposition composition(@PathVariable long squadId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return this.composition.of(squadId, day == null ? LocalDate.now() : day);
	}

	@PutMapping("/squads/{squadId}/composition/{skillId}")
	@Operation(summary = "Set how many people with a skill at a level the squad wants",
			description = "The squad's members and the PMO.")
	SquadComposition setTarget(@PathVariable long squadId, @PathVariable long skillId,
			@RequestBody TargetRequest request) {
		this.composition.setTarget(CurrentActor.require(), squadId, skillId,
				request.minLevel() == null ? 0 : request.minLevel(),
				request.headcount() == null ? -1 : request.headcount(), request.version());
		return this.composition.of(squadId, LocalDate.now());
	}

	record TargetRequest(Integer minLevel, Integer headcount, Long version) {
	}

	record CellResource(String column, double capacity, double demand, int percent, String band) {
	}

	record RowResource(long id, String label, List<CellResource> cells) {
	}

	record FiguresResource(LocalDate from, LocalDate to, String granularity, String groupBy,
			List<CapacityFigures.Column> columns, List<RowResource> rows) {
	}

}
