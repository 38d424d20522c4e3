package org.agilepmo.procurement.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The framework agreements. */
public interface Agreements extends JpaRepository<FrameworkAgreement, Long> {

	boolean existsByReference(String reference);

	/**
	 * The agreement, its row locked until the transaction ends: call-offs against it wait
	 * for each other, so that two cannot both take the last of the ceiling.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from FrameworkAgreement a where a.id = :id")
	Optional<FrameworkAgreement> lockById(@Param("id") long id);

}
