package org.agilepmo.knowledge.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KnowledgePages extends JpaRepository<KnowledgePage, Long> {

	List<KnowledgePage> findByScopeOrderByTitleAsc(Scope scope);

	List<KnowledgePage> findByScopeAndScopeIdOrderByTitleAsc(Scope scope, Long scopeId);

	List<KnowledgePage> findByScopeAndScopeIdInOrderByTitleAsc(Scope scope, Collection<Long> scopeIds);

	Optional<KnowledgePage> findFirstByScopeAndScopeIdAndTitleIgnoreCase(Scope scope, Long scopeId, String title);

	Optional<KnowledgePage> findFirstByScopeAndTitleIgnoreCase(Scope scope, String title);

}
