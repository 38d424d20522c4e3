package org.agilepmo.discussion.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Comments extends JpaRepository<Comment, Long> {

	List<Comment> findByObjectKindAndObjectIdOrderByCreatedAtAscIdAsc(String objectKind, long objectId);

}
