package org.agilepmo.partners.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Engagements extends JpaRepository<Engagement, Long> {

	List<Engagement> findByProjectIdOrderByOccurredOnDescIdDesc(long projectId);

	List<Engagement> findByStakeholderIdInOrderByOccurredOnAscIdAsc(Collection<Long> stakeholderIds);

	@Query("select distinct e from Engagement e join e.contactIds c where c = ?1 order by e.occurredOn, e.id")
	List<Engagement> mentioning(long contactId);

}
