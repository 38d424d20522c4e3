package org.agilepmo.risk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<Decision, Long> {

	List<Decision> findByProjectIdOrderByDecidedOnDescIdDesc(long projectId);

}
