package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Payments for contract deliverables. */
public interface Payments extends JpaRepository<Payment, Long> {

	List<Payment> findByContractIdOrderByIdAsc(long contractId);

	@Query("select coalesce(sum(p.amount), 0) from Payment p where p.contractId = :contractId")
	BigDecimal paid(@Param("contractId") long contractId);

}
