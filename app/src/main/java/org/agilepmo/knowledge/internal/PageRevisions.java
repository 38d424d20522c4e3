package org.agilepmo.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRevisions extends JpaRepository<PageRevision, Long> {

	List<PageRevision> findByPageIdOrderByNumberDesc(long pageId);

	Optional<PageRevision> findByPageIdAndNumber(long pageId, int number);

}
