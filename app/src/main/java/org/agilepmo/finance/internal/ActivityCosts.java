package org.agilepmo.finance.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The activities' budgeted costs. */
interface ActivityCosts extends JpaRepository<ActivityCost, Long> {

	List<ActivityCost> findByProjectId(long projectId);

}
