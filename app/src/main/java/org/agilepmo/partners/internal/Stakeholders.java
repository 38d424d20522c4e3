package org.agilepmo.partners.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Stakeholders extends JpaRepository<Stakeholder, Long> {

	List<Stakeholder> findByProjectIdOrderByIdAsc(long projectId);

	List<Stakeholder> findByContactIdOrderByIdAsc(long contactId);

	boolean existsByProjectIdAndOrganisationIdAndContactId(long projectId, long organisationId, Long contactId);

}
