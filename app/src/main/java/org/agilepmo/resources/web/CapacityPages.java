package org.agilepmo.resources.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.resources.internal.CapacityFigures;
import org.agilepmo.resources.internal.CapacityService;
import org.agilepmo.resources.internal.Granularity;
import org.agilepmo.resources.internal.GroupBy;
import org.agilepmo.resources.internal.ResourceService;
import org.agilepmo.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The capacity heatmap: people, centres or skills by weeks or months, each cell the load
 * in percent with its band in words and colour; a cell leads to the projects and squads
 * that make its load, only those the reader may see.
 */
@Controller
class CapacityPages {

	private final CapacityService capacity;

	private final ResourceService resources;

	private final OrganisationDirectory organisation;

	private final HeatmapRows heatmap;

	private final MessageSource messages;

	CapacityPages(CapacityService capacity, ResourceService resources, OrganisationDirectory organisation,
			HeatmapRows heatmap, MessageSource messages) {
		this.heatmap = heatmap;
		this.messages = messages;
		this.capacity = capacity;
		this.resources = resources;
		this.organisation = organisation;
	}

	@GetMapping("/resources/capacity")
	String heatmap(@RequestParam(defaultValue = "person") String groupBy,
			@RequestParam(defaultValue = "week") String granularity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long centre, @RequestParam(required = false) Long skill,
			HttpServletRequest request, Model model) {
		GroupBy rows = Choices.groupBy(groupBy);
		Granularity columns = Choices.granularity(granularity);
		LocalDate first = from == null ? LocalDate.now() : from;
		LocalDate last = to == null ? first.plusWeeks(columns == Granularity.WEEK ? 11 : 52) : to;
		CapacityFigures figures = this.capacity.figures(CurrentActor.require(),
				new CapacityService.Query(rows, columns, first, last, centre, skill));
		model.addAttribute("figures", figures);
		String context = request.getContextPath();
		model.addAttribute("heatmapRows", heatmapRows(figures, columns, context, groupBy));
		model.addAttribute("groupBy", rows.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("granularity", columns.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("centre", centre);
		model.addAttribute("skill", skill);
		model.addAttribute("centres", this.organisation.ofType(UnitType.COMPETENCY_CENTRE));
		model.addAttribute("skills", this.resources.skills());
		return "resources/capacity";
	}

	private String heatmapRows(CapacityFigures figures, Granularity columns, String context, String groupBy) {
		GroupBy by = Choices.groupBy(groupBy);
		return this.heatmap.rows(figures,
				context + "/resources/capacity/" + by.name().toLowerCase(java.util.Locale.ROOT) + "/",
				columns.name().toLowerCase(java.util.Locale.ROOT),
				by == GroupBy.PERSON ? context + "/resources/" : null,
				this.messages.getMessage("resources.noCentre", null, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/resources/capacity/{groupBy}/{key}/{granularity}/{start}")
	String drill(@PathVariable String groupBy, @PathVariable long key, @PathVariable String granularity,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start, Model model) {
		GroupBy rows = Choices.groupBy(groupBy);
		Granularity columns = Choices.granularity(granularity);
		LocalDate last = columns == Granularity.WEEK ? start.plusDays(6) : start.plusMonths(1).minusDays(1);
		CapacityFigures figures = this.capacity.figures(CurrentActor.require(),
				new CapacityService.Query(rows, columns, start, last, null, rows == GroupBy.SKILL ? key : null));
		CapacityFigures.Row row = figures.rows().stream().filter(r -> r.id() == key).findFirst().orElse(null);
		model.addAttribute("row", row);
		model.addAttribute("cell", row == null ? null : row.cell(0));
		model.addAttribute("column", figures.columns().get(0));
		model.addAttribute("lines", this.capacity.drill(CurrentActor.require(), rows, key,
				figures.columns().get(0).first(), figures.columns().get(0).last()));
		model.addAttribute("groupBy", rows.name().toLowerCase(java.util.Locale.ROOT));
		return "resources/drill";
	}

}
