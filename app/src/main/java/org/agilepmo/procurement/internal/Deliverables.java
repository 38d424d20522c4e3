package org.agilepmo.procurement.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Contract deliverables. */
public interface Deliverables extends JpaRepository<Deliverable, Long> {

	List<Deliverable> findByContractIdOrderByDueOnAscIdAsc(long contractId);

	List<Deliverable> findByAcceptedOnIsNullAndDueOnBeforeOrderByIdAsc(LocalDate day);

}
