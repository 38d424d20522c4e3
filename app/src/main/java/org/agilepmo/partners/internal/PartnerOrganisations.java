package org.agilepmo.partners.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerOrganisations extends JpaRepository<PartnerOrganisation, Long> {

	List<PartnerOrganisation> findByUnitIdInOrderByNameAsc(Collection<Long> unitIds);

	List<PartnerOrganisation> findAllByOrderByNameAsc();

}
