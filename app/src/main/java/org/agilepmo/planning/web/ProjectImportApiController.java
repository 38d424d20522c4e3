package org.agilepmo.planning.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.planning.web.PlanResources.PlanResource;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.ETags;
import org.agilepmo.planning.internal.PlanImportService;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A schedule file imported as a new project: the project is proposed in a portfolio (with
 * the same checks as any new project) and its plan is the file's, in one transaction, so
 * that a file that cannot be read creates nothing.
 */
@RestController
@RequestMapping("/api/v1/projects/import")
@Tag(name = "Planning")
class ProjectImportApiController {

	private final PlanService plans;

	private final PlanImportService imports;

	ProjectImportApiController(PlanService plans, PlanImportService imports) {
		this.imports = imports;
		this.plans = plans;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Create a project from an MS Project (XML, MPP, MPX) or Primavera (XER, PMXML) file",
			description = "The new project starts at the concept stage in the portfolio given; "
					+ "classification defaults to PUBLIC, type to ICT, methodology to WATERFALL.")
	ResponseEntity<PlanResource> importFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) Long portfolioId, @RequestParam(required = false) String code,
			@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			@RequestParam(defaultValue = "PUBLIC") Classification classification,
			@RequestParam(defaultValue = "ICT") ProjectType type,
			@RequestParam(defaultValue = "WATERFALL") Methodology methodology) throws IOException {
		NewProjectUpload upload = new NewProjectUpload(portfolioId, code, name, description, classification, type,
				methodology, file.getOriginalFilename(), null);
		return created(upload, PlanImports.upload(file));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The same import for clients that cannot send multipart: the file as base64")
	ResponseEntity<PlanResource> importBase64(@RequestBody NewProjectUpload upload) {
		return created(upload, PlanImports.upload(PlanImports.decodeBase64(upload.content())));
	}

	private ResponseEntity<PlanResource> created(NewProjectUpload upload, ImportWorkspace.Upload content) {
		if (upload.portfolioId() == null) {
			throw new RuleViolationException("portfolioId", "portfolio.error.required", "portfolioId is required");
		}
		ProjectDraft draft = new ProjectDraft(upload.code(), upload.name(), upload.description(),
				upload.type() == null ? ProjectType.ICT : upload.type(),
				upload.methodology() == null ? Methodology.WATERFALL : upload.methodology(),
				upload.classification() == null ? Classification.PUBLIC : upload.classification(), upload.portfolioId(),
				null, null, null, null, Set.of(), null, null, Health.GREEN, null, List.of());
		PlanView plan = PlanImports.importAsNewProject(this.imports, CurrentActor.require(), draft, upload.fileName(),
				content);
		return ETags.created("/api/v1/projects/" + plan.projectId() + "/plan", PlanResource.of(plan), plan.version());
	}

	/** What the new project is, and the file as base64 (JSON form only). */
	record NewProjectUpload(Long portfolioId, String code, String name, String description,
			Classification classification, ProjectType type, Methodology methodology, String fileName, String content) {
	}

}
