package org.agilepmo.discussion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentVersions extends JpaRepository<AttachmentVersion, Long> {

	List<AttachmentVersion> findByAttachmentIdInOrderByNumberDesc(Collection<Long> attachmentIds);

	Optional<AttachmentVersion> findByAttachmentIdAndNumber(long attachmentId, int number);

}
