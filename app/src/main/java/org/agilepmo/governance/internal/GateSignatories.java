package org.agilepmo.governance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GateSignatories extends JpaRepository<GateSignatory, Long> {

	List<GateSignatory> findByProjectIdOrderByRoleAscIdAsc(long projectId);

	Optional<GateSignatory> findByProjectIdAndRoleAndPersonId(long projectId, SignOffRole role, long personId);

	boolean existsByProjectIdAndRoleAndPersonId(long projectId, SignOffRole role, long personId);

}
