package org.agilepmo.events.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The units' training needs assessments. */
public interface NeedsCampaigns extends JpaRepository<NeedsCampaign, Long> {

	List<NeedsCampaign> findByUnitIdInOrderByIdDesc(Collection<Long> unitIds);

	List<NeedsCampaign> findAllByOrderByIdDesc();

}
