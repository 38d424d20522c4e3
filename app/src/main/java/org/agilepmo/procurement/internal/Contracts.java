package org.agilepmo.procurement.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The contracts signed from awards. */
public interface Contracts extends JpaRepository<Contract, Long> {

	Optional<Contract> findByTenderId(long tenderId);

	boolean existsByReference(String reference);

	/**
	 * The contract, its row locked until the transaction ends: payments against it wait
	 * for each other, so that two cannot both take the last of its value.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Contract c where c.id = :id")
	Optional<Contract> lockById(@Param("id") long id);

}
