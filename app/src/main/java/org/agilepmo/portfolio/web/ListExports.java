package org.agilepmo.portfolio.web;

import java.util.List;
import java.util.function.IntFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProgrammeView;
import org.agilepmo.portfolio.internal.ProjectFilter;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.SheetWriter;
import org.agilepmo.web.SheetDownloads;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project, portfolio and programme lists as XLSX or CSV, with the lists' own filters
 * and sort, through the same queries as the lists: what the reader may not see is never
 * written. The API path for programs, the page path (same answer) for the list pages'
 * download links.
 */
@RestController
@Tag(name = "Exports", description = "Lists as XLSX or CSV")
class ListExports {

	private static final int BATCH = 500;

	private final ProjectService projects;

	private final PortfolioService portfolios;

	ListExports(ProjectService projects, PortfolioService portfolios) {
		this.projects = projects;
		this.portfolios = portfolios;
	}

	@GetMapping({ "/api/v1/projects/export", "/projects/export" })
	@Operation(summary = "The projects the caller may see as XLSX or CSV",
			description = "format=xlsx (default) or csv; the list's filters and sort.")
	ResponseEntity<byte[]> projects(@RequestParam(required = false) String format,
			@RequestParam(required = false) Long portfolio, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) ProjectType type,
			@RequestParam(required = false) Methodology methodology,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) Health health, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		SheetWriter.Format file = SheetWriter.Format.of(format);
		Actor actor = CurrentActor.require();
		ProjectFilter filter = new ProjectFilter(portfolio, programme, stage, type, methodology, classification, health,
				tag, q);
		Sort order = Sorting.sort(sort, ProjectApiController.SORTABLE, "code");
		SheetWriter.Builder table = SheetWriter.table("Projects",
				List.of("Code", "Name", "Portfolio", "Programme", "Type", "Methodology", "Stage", "Health",
						"Health reason", "Classification", "Project manager", "Planned start", "Planned finish",
						"Tags"));
		for (ProjectView p : all(n -> this.projects.search(actor, filter, PageRequest.of(n, BATCH, order)))) {
			table.row(p.code(), p.name(), p.portfolioName(), p.programmeName(), p.type().name(), p.methodology().name(),
					p.stage().name(), p.health().name(), p.healthReason(), p.classification().name(),
					p.projectManagerId() == null ? null : p.nameOf(p.projectManagerId()), p.plannedStart(),
					p.plannedFinish(), String.join(", ", p.tags()));
		}
		return SheetDownloads.of(file, "projects", table.build());
	}

	@GetMapping({ "/api/v1/portfolios/export", "/portfolios/export" })
	@Operation(summary = "The portfolios the caller may see as XLSX or CSV",
			description = "format=xlsx (default) or csv; q and sort as the list's.")
	ResponseEntity<byte[]> portfolios(@RequestParam(required = false) String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		SheetWriter.Format file = SheetWriter.Format.of(format);
		Actor actor = CurrentActor.require();
		Sort order = Sorting.sort(sort, PortfolioApiController.SORTABLE, "name");
		SheetWriter.Builder table = SheetWriter.table("Portfolios", List.of("Code", "Name", "Description"));
		for (PortfolioView p : all(n -> this.portfolios.portfolios(actor, q, PageRequest.of(n, BATCH, order)))) {
			table.row(p.code(), p.name(), p.description());
		}
		return SheetDownloads.of(file, "portfolios", table.build());
	}

	@GetMapping({ "/api/v1/programmes/export", "/programmes/export" })
	@Operation(summary = "The programmes the caller may see as XLSX or CSV",
			description = "format=xlsx (default) or csv; portfolio, q and sort as the list's.")
	ResponseEntity<byte[]> programmes(@RequestParam(required = false) String format,
			@RequestParam(required = false) Long portfolio, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) {
		SheetWriter.Format file = SheetWriter.Format.of(format);
		Actor actor = CurrentActor.require();
		Sort order = Sorting.sort(sort, ProgrammeApiController.SORTABLE, "name");
		SheetWriter.Builder table = SheetWriter.table("Programmes",
				List.of("Code", "Name", "Portfolio", "Manager", "Description"));
		for (ProgrammeView p : all(
				n -> this.portfolios.programmes(actor, portfolio, q, PageRequest.of(n, BATCH, order)))) {
			table.row(p.code(), p.name(), p.portfolioName(), p.managerName(), p.description());
		}
		return SheetDownloads.of(file, "programmes", table.build());
	}

	/** Every page of a list, in its order. */
	private static <T> List<T> all(IntFunction<Page<T>> pages) {
		List<T> all = new java.util.ArrayList<>();
		Page<T> page;
		int n = 0;
		do {
			page = pages.apply(n++);
			all.addAll(page.getContent());
		}
		while (page.hasNext());
		return all;
	}

}
