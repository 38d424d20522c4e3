package org.agilepmo.delivery.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All backlog items; who may see which is decided by {@link DeliveryAccess}. */
interface BacklogItems extends JpaRepository<BacklogItem, Long> {

	List<BacklogItem> findBySquadId(long squadId);

	List<BacklogItem> findBySquadIdIn(Collection<Long> squadIds);

	List<BacklogItem> findBySprintId(long sprintId);

	List<BacklogItem> findByReleaseId(long releaseId);

	List<BacklogItem> findByProjectId(long projectId);

	List<BacklogItem> findByParentIdIn(Collection<Long> parentIds);

	List<BacklogItem> findByColumnId(long columnId);

	long countByColumnIdAndIdNot(long columnId, long itemId);

	long countByParentId(long parentId);

	List<BacklogItem> findByAssigneeId(long assigneeId);

}
