package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The call-offs placed against framework agreements. */
public interface CallOffs extends JpaRepository<CallOff, Long> {

	List<CallOff> findByAgreementIdOrderByIdAsc(long agreementId);

	@Query("select coalesce(sum(c.amount), 0) from CallOff c where c.agreementId = :agreementId")
	BigDecimal committed(@Param("agreementId") long agreementId);

	@Query("select coalesce(sum(c.amount), 0) from CallOff c where c.agreementId = :agreementId and c.lotCode = :lot")
	BigDecimal committedOnLot(@Param("agreementId") long agreementId, @Param("lot") String lot);

}
