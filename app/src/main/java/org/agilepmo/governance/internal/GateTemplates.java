package org.agilepmo.governance.internal;

import java.util.List;
import java.util.Optional;

import org.agilepmo.portfolio.Stage;

import org.springframework.data.jpa.repository.JpaRepository;

interface GateTemplates extends JpaRepository<GateTemplate, Long> {

	Optional<GateTemplate> findByTargetStage(Stage stage);

	List<GateTemplate> findAllByOrderByIdAsc();

}
