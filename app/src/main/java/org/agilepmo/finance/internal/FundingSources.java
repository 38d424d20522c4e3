package org.agilepmo.finance.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The funding sources: the regular budget and donors' grants. */
interface FundingSources extends JpaRepository<FundingSource, Long> {

	List<FundingSource> findAllByOrderByKindAscNameAsc();

	List<FundingSource> findByDonorPersonId(long personId);

}
