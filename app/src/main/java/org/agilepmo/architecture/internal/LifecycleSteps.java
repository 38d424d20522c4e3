package org.agilepmo.architecture.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LifecycleSteps extends JpaRepository<LifecycleStep, Long> {

	List<LifecycleStep> findByApplicationIdOrderByEffectiveOnAscIdAsc(long applicationId);

}
