package org.agilepmo.procurement.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The tenders. */
public interface Tenders extends JpaRepository<Tender, Long> {

	List<Tender> findByProjectIdInOrderByIdDesc(Collection<Long> projectIds);

	boolean existsByReference(String reference);

	@Query("select distinct t from Tender t join t.committee m where m.personId = :personId order by t.id desc")
	List<Tender> findByCommitteeMember(@Param("personId") long personId);

}
