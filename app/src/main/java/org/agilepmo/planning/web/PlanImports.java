package org.agilepmo.planning.web;

import org.agilepmo.planning.internal.ImportedPlan;
import org.agilepmo.planning.internal.PlanImportException;
import org.agilepmo.planning.internal.PlanImportService;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;

/** Importing a file into a plan, shared by the API and the pages. */
final class PlanImports {

	private PlanImports() {
	}

	static PlanView importInto(PlanService plans, PlanImportService imports, Actor actor, long projectId,
			String fileName, byte[] content) {
		return importInto(plans, imports, actor, projectId, fileName, upload(content));
	}

	/** The same, from an upload received on disk. */
	static PlanView importInto(PlanService plans, PlanImportService imports, Actor actor, long projectId,
			String fileName, ImportWorkspace.Upload upload) {
		if (!plans.mayEdit(actor, projectId)) {
			throw new AccessDeniedException("may not change the plan of project " + projectId);
		}
		return imports.importPlan(actor, projectId, read(imports, fileName, upload));
	}

	/**
	 * A multipart file as an upload: moved or copied to the workspace, never read whole.
	 */
	static ImportWorkspace.Upload upload(org.springframework.web.multipart.MultipartFile file) {
		return file::transferTo;
	}

	static ImportWorkspace.Upload upload(byte[] content) {
		return target -> java.nio.file.Files.write(target, content);
	}

	/**
	 * A new project, proposed with the draft, whose plan is the file's; all or nothing.
	 */
	static PlanView importAsNewProject(PlanImportService imports, Actor actor, ProjectDraft draft, String fileName,
			ImportWorkspace.Upload upload) {
		return imports.importAsNewProject(actor, draft, read(imports, fileName, upload));
	}

	/** The file of a JSON upload; a problem on {@code content} when it is not base64. */
	static byte[] decodeBase64(String content) {
		try {
			return java.util.Base64.getMimeDecoder().decode((content != null) ? content : "");
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("content", "planning.import.failed", "content is not base64", "content",
					"content is not base64");
		}
	}

	private static ImportedPlan read(PlanImportService imports, String fileName, ImportWorkspace.Upload upload) {
		String name = (fileName != null && !fileName.isBlank()) ? fileName : "upload";
		if (name.length() > 300) {
			name = name.substring(0, 300);
		}
		ImportedPlan imported;
		try {
			imported = imports.readFile(name, upload);
		}
		catch (PlanImportException ex) {
			throw new RuleViolationException("file", "planning.import.failed", ex.getMessage(), ex.element(),
					"file".equals(ex.element()) ? ex.reason() : ex.getMessage());
		}
		return imported;
	}

}
