package org.agilepmo.knowledge.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge pages as the rest of the platform sees them: found by the workspace's search
 * (title and text), commented on and given attachments by the discussion module, each
 * through the page's own access rule.
 */
@Component
class KnowledgeDirectory implements ObjectDirectory {

	private final KnowledgePages pages;

	private final KnowledgeAccess access;

	KnowledgeDirectory(KnowledgePages pages, KnowledgeAccess access) {
		this.pages = pages;
		this.access = access;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KnowledgeService.PAGE);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		if (!KnowledgeService.PAGE.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.pages.findById(ref.id())
			.filter(p -> this.access.sees(actor, p.scope(), p.scopeId()))
			.map(p -> new ObjectCard(ref, p.title(), "KB-" + p.id(), "/knowledge/pages/" + p.id(),
					this.access.projectOf(p.scope(), p.scopeId()), this.access.classification(p.scope(), p.scopeId())));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return KnowledgeService.PAGE.equals(ref.kind()) && this.pages.findById(ref.id())
			.filter(p -> this.access.sees(actor, p.scope(), p.scopeId()))
			.map(p -> this.access.mayEdit(actor, p.scope(), p.scopeId()))
			.orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		if (!KnowledgeService.PAGE.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.pages.findById(ref.id())
			.map(p -> new SearchText(p.title(), p.body(), this.access.projectOf(p.scope(), p.scopeId()),
					this.access.classification(p.scope(), p.scopeId())));
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		if (!KnowledgeService.PAGE.equals(kind)) {
			return Stream.empty();
		}
		return this.pages.findAll().stream().map(p -> new ObjectRef(kind, p.id())).toList().stream();
	}

}
