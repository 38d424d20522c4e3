package org.agilepmo.procurement.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The contracts signed from awards. */
public interface Contracts extends JpaRepository<Contract, Long> {

	Optional<Contract> findByTenderId(long tenderId);

	boolean existsByReference(String reference);

}
