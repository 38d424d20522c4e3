package org.agilepmo.partners.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerContacts extends JpaRepository<PartnerContact, Long> {

	List<PartnerContact> findByOrganisationIdOrderByNameAsc(long organisationId);

	List<PartnerContact> findByOrganisationIdInOrderByNameAsc(Collection<Long> organisationIds);

	List<PartnerContact> findByRetainUntilBeforeAndAnonymisedAtIsNullOrderByIdAsc(LocalDate day);

}
