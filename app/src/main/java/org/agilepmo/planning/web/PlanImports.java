package org.agilepmo.planning.web;

import org.agilepmo.planning.internal.ImportedPlan;
import org.agilepmo.planning.internal.PlanImportException;
import org.agilepmo.planning.internal.PlanImportService;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;

/** Importing a file into a plan, shared by the API and the pages. */
final class PlanImports {

	/** Larger files are refused before MPXJ reads them. */
	static final int MAX_BYTES = 50 * 1024 * 1024;

	private PlanImports() {
	}

	static PlanView importInto(PlanService plans, PlanImportService imports, Actor actor, long projectId,
			String fileName, byte[] content) {
		if (!plans.mayEdit(actor, projectId)) {
			throw new AccessDeniedException("may not change the plan of project " + projectId);
		}
		return imports.importPlan(actor, projectId, read(imports, fileName, content));
	}

	/**
	 * A new project, proposed with the draft, whose plan is the file's; all or nothing.
	 */
	static PlanView importAsNewProject(PlanImportService imports, Actor actor, ProjectDraft draft, String fileName,
			byte[] content) {
		return imports.importAsNewProject(actor, draft, read(imports, fileName, content));
	}

	/**
	 * The content of an uploaded file; a problem on {@code file} when it cannot be read.
	 */
	static byte[] bytesOf(org.springframework.web.multipart.MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (java.io.IOException ex) {
			throw new RuleViolationException("file", "planning.import.empty", "the file cannot be read");
		}
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

	private static ImportedPlan read(PlanImportService imports, String fileName, byte[] content) {
		String name = (fileName != null && !fileName.isBlank()) ? fileName : "upload";
		if (name.length() > 300) {
			name = name.substring(0, 300);
		}
		if (content.length == 0) {
			throw new RuleViolationException("file", "planning.import.empty", "the file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new RuleViolationException("file", "planning.import.tooLarge", "the file is larger than 50 MB");
		}
		ImportedPlan imported;
		try {
			imported = imports.readFile(name, content);
		}
		catch (PlanImportException ex) {
			throw new RuleViolationException("file", "planning.import.failed", ex.getMessage(), ex.element(),
					"file".equals(ex.element()) ? ex.reason() : ex.getMessage());
		}
		return imported;
	}

}
