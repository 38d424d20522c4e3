package org.agilepmo.discussion.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Attachments extends JpaRepository<Attachment, Long> {

	List<Attachment> findByObjectKindAndObjectIdAndRemovedAtIsNullOrderByFileNameAsc(String objectKind, long objectId);

	Optional<Attachment> findByObjectKindAndObjectIdAndFileNameAndRemovedAtIsNull(String objectKind, long objectId,
			String fileName);

}
