package org.agilepmo.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge pages: written, changed (each change a new revision, kept), read as they are
 * or as they were, compared line by line, and rendered with their links to other pages.
 */
@Service
public class KnowledgeService {

	public static final String PAGE = "knowledge-page";

	private final KnowledgePages pages;

	private final PageRevisions revisions;

	private final KnowledgeAccess access;

	private final PageRendering rendering;

	private final AuditTrail audit;

	private final Clock clock;

	KnowledgeService(KnowledgePages pages, PageRevisions revisions, KnowledgeAccess access, PageRendering rendering,
			AuditTrail audit, Optional<Clock> clock) {
		this.pages = pages;
		this.revisions = revisions;
		this.access = access;
		this.rendering = rendering;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public KnowledgePage page(Actor actor, long id) {
		return this.pages.findById(id)
			.filter(p -> this.access.sees(actor, p.scope(), p.scopeId()))
			.orElseThrow(() -> new NotFoundException(PAGE, id));
	}

	/** The pages of one owner, by title; 404 for an owner the person may not see. */
	@Transactional(readOnly = true)
	public List<KnowledgePage> list(Actor actor, Scope scope, Long scopeId) {
		requireOwner(actor, scope, scopeId);
		return scope == Scope.PMO ? this.pages.findByScopeOrderByTitleAsc(Scope.PMO)
				: this.pages.findByScopeAndScopeIdOrderByTitleAsc(scope, scopeId);
	}

	/** The methodology and the pages of the person's units, by title. */
	@Transactional(readOnly = true)
	public List<KnowledgePage> unitPages(Actor actor) {
		Set<Long> units = this.access.memberOf(actor);
		return units.isEmpty() ? List.of() : this.pages.findByScopeAndScopeIdInOrderByTitleAsc(Scope.UNIT, units);
	}

	@Transactional
	public KnowledgePage create(Actor actor, Scope scope, Long scopeId, KnowledgePage.Draft draft) {
		if (scope == null) {
			throw new RuleViolationException("scope", "knowledge.error.required", "is required");
		}
		requireOwner(actor, scope, scopeId);
		if (!this.access.mayEdit(actor, scope, scopeId)) {
			throw new AccessDeniedException("may not write these pages");
		}
		Instant now = this.clock.instant();
		KnowledgePage page = new KnowledgePage(scope, scopeId, draft, actor.id(), now);
		unique(page.scope(), page.scopeId(), page.title(), null);
		page = this.pages.saveAndFlush(page);
		this.revisions.save(new PageRevision(page, null));
		this.audit
			.record(AuditRecord.created(PAGE, page.id(), this.access.classification(scope, scopeId), page.state()));
		return page;
	}

	@Transactional
	public KnowledgePage edit(Actor actor, long id, long expectedVersion, Change<KnowledgePage.Draft> change,
			String note) {
		KnowledgePage page = page(actor, id);
		if (!this.access.mayEdit(actor, page.scope(), page.scopeId())) {
			throw new AccessDeniedException("may not change page " + id);
		}
		Versioned.check(PAGE, id, expectedVersion, page.version());
		var before = page.state();
		KnowledgePage.Draft draft = change.applyTo(page.draft());
		if (draft.title() != null) {
			unique(page.scope(), page.scopeId(), draft.title().strip(), page.id());
		}
		if (!page.apply(draft, actor.id(), this.clock.instant())) {
			return page;
		}
		this.pages.saveAndFlush(page);
		this.revisions.save(new PageRevision(page, note));
		this.audit.record(new AuditRecord(PAGE + ".updated", PAGE, String.valueOf(id),
				this.access.classification(page.scope(), page.scopeId()), note, before, page.state()));
		return page;
	}

	@Transactional(readOnly = true)
	public List<PageRevision> history(Actor actor, long id) {
		page(actor, id);
		return this.revisions.findByPageIdOrderByNumberDesc(id);
	}

	@Transactional(readOnly = true)
	public PageRevision revision(Actor actor, long id, int number) {
		page(actor, id);
		return this.revisions.findByPageIdAndNumber(id, number)
			.orElseThrow(() -> new NotFoundException("knowledge-revision", id + "/" + number));
	}

	/** What changed from one revision to another, line by line. */
	@Transactional(readOnly = true)
	public List<LineDiff.Line> diff(Actor actor, long id, int from, int to) {
		PageRevision a = revision(actor, id, from);
		PageRevision b = revision(actor, id, to);
		List<LineDiff.Line> lines = new ArrayList<>();
		if (!a.title().equals(b.title())) {
			lines.add(new LineDiff.Line(LineDiff.Kind.REMOVED, 0, 0, "# " + a.title()));
			lines.add(new LineDiff.Line(LineDiff.Kind.ADDED, 0, 0, "# " + b.title()));
		}
		lines.addAll(LineDiff.of(a.body(), b.body()));
		return lines;
	}

	/** The text as safe HTML, its [[links]] resolved among the pages the reader sees. */
	@Transactional(readOnly = true)
	public String html(Actor actor, KnowledgePage page, String body) {
		return this.rendering.html(body, title -> linkTo(actor, page, title));
	}

	private String linkTo(Actor actor, KnowledgePage from, String title) {
		Optional<KnowledgePage> found = from.scope() == Scope.PMO ? Optional.empty()
				: this.pages.findFirstByScopeAndScopeIdAndTitleIgnoreCase(from.scope(), from.scopeId(), title);
		if (found.isEmpty()) {
			found = this.pages.findFirstByScopeAndTitleIgnoreCase(Scope.PMO, title);
		}
		return found.filter(p -> this.access.sees(actor, p.scope(), p.scopeId()))
			.map(p -> "/knowledge/pages/" + p.id())
			.orElse(null);
	}

	private void requireOwner(Actor actor, Scope scope, Long scopeId) {
		if (scope != Scope.PMO && (scopeId == null || !this.access.sees(actor, scope, scopeId))) {
			throw new NotFoundException(scope == Scope.PROJECT ? "project" : "unit", scopeId);
		}
	}

	private void unique(Scope scope, Long scopeId, String title, Long self) {
		Optional<KnowledgePage> same = scope == Scope.PMO ? this.pages.findFirstByScopeAndTitleIgnoreCase(scope, title)
				: this.pages.findFirstByScopeAndScopeIdAndTitleIgnoreCase(scope, scopeId, title);
		if (same.isPresent() && (self == null || same.get().id() != self)) {
			throw new RuleViolationException("title", "knowledge.error.duplicate", "another page has this title");
		}
	}

}
