package org.agilepmo.procurement.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The bids received for tenders. */
public interface Bids extends JpaRepository<Bid, Long> {

	List<Bid> findByTenderIdOrderByIdAsc(long tenderId);

}
