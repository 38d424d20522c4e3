package org.agilepmo.knowledge.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.knowledge.internal.KnowledgePage;
import org.agilepmo.knowledge.internal.KnowledgeService;
import org.agilepmo.knowledge.internal.LineDiff;
import org.agilepmo.knowledge.internal.PageRevision;
import org.agilepmo.knowledge.internal.Scope;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.agilepmo.web.Patch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Knowledge pages through the API: a project's, a unit's or the PMO's, under the owner's
 * rule; each change a new revision, every revision readable and comparable.
 */
@RestController
@Tag(name = "Knowledge base", description = "Pages of projects, units and the PMO, with their history")
class KnowledgeApiController {

	private final KnowledgeService knowledge;

	KnowledgeApiController(KnowledgeService knowledge) {
		this.knowledge = knowledge;
	}

	record PageResource(long id, long version, Scope scope, Long scopeId, String title, String body, int revision,
			Instant updatedAt, String html) {
	}

	record PageSummary(long id, Scope scope, Long scopeId, String title, int revision, Instant updatedAt) {

		static PageSummary of(KnowledgePage p) {
			return new PageSummary(p.id(), p.scope(), p.scopeId(), p.title(), p.revision(), p.updatedAt());
		}

	}

	record RevisionResource(int number, String title, String body, String note, long authorId, Instant createdAt) {

		static RevisionResource of(PageRevision r) {
			return new RevisionResource(r.number(), r.title(), r.body(), r.note(), r.authorId(), r.createdAt());
		}

	}

	record NewPage(Scope scope, Long scopeId, String title, String body) {
	}

	@Schema(name = "KnowledgePagePatch", description = "Only the properties sent are changed")
	static class PagePatch extends Patch<KnowledgePage.Draft> {

		private String title;

		private String body;

		private String note;

		public void setTitle(String title) {
			mark("title");
			this.title = title;
		}

		public void setBody(String body) {
			mark("body");
			this.body = body;
		}

		public void setNote(String note) {
			this.note = note;
		}

		String note() {
			return this.note;
		}

		@Override
		public KnowledgePage.Draft applyTo(KnowledgePage.Draft current) {
			return new KnowledgePage.Draft(pick("title", this.title, current.title()),
					pick("body", this.body, current.body()));
		}

	}

	@GetMapping("/api/v1/knowledge-pages")
	@Operation(summary = "The pages of one owner, by title",
			description = "scope PMO (the methodology), UNIT or PROJECT with its scopeId.")
	List<PageSummary> list(@RequestParam(defaultValue = "PMO") Scope scope,
			@RequestParam(required = false) Long scopeId) {
		return this.knowledge.list(CurrentActor.require(), scope, scopeId).stream().map(PageSummary::of).toList();
	}

	@PostMapping("/api/v1/knowledge-pages")
	@Operation(summary = "Write a page", description = "Markdown; [[Page title]] links to another page.")
	ResponseEntity<PageResource> create(@RequestBody NewPage body) {
		Actor actor = CurrentActor.require();
		KnowledgePage p = this.knowledge.create(actor, body.scope(), body.scopeId(),
				new KnowledgePage.Draft(body.title(), body.body()));
		return ETags.created("/api/v1/knowledge-pages/" + p.id(), resource(actor, p), p.version());
	}

	@GetMapping("/api/v1/knowledge-pages/{id}")
	@Operation(summary = "A page, with its text as safe HTML")
	ResponseEntity<PageResource> get(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		KnowledgePage p = this.knowledge.page(actor, id);
		return ETags.ok(resource(actor, p), p.version());
	}

	@PatchMapping("/api/v1/knowledge-pages/{id}")
	@Operation(summary = "Change a page (a new revision)", description = "Needs If-Match.")
	ResponseEntity<PageResource> edit(@PathVariable long id, @RequestBody PagePatch patch, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		KnowledgePage p = this.knowledge.edit(actor, id, version, patch, patch.note());
		return ETags.ok(resource(actor, p), p.version());
	}

	@GetMapping("/api/v1/knowledge-pages/{id}/revisions")
	@Operation(summary = "A page's revisions, newest first")
	List<RevisionResource> revisions(@PathVariable long id) {
		return this.knowledge.history(CurrentActor.require(), id).stream().map(RevisionResource::of).toList();
	}

	@GetMapping("/api/v1/knowledge-pages/{id}/revisions/{number}")
	@Operation(summary = "One revision of a page")
	RevisionResource revision(@PathVariable long id, @PathVariable int number) {
		return RevisionResource.of(this.knowledge.revision(CurrentActor.require(), id, number));
	}

	@GetMapping("/api/v1/knowledge-pages/{id}/diff")
	@Operation(summary = "What changed between two revisions, line by line")
	List<LineDiff.Line> diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
		return this.knowledge.diff(CurrentActor.require(), id, from, to);
	}

	private PageResource resource(Actor actor, KnowledgePage p) {
		return new PageResource(p.id(), p.version(), p.scope(), p.scopeId(), p.title(), p.body(), p.revision(),
				p.updatedAt(), this.knowledge.html(actor, p, p.body()));
	}

}
