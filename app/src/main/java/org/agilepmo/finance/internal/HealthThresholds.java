package org.agilepmo.finance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The portfolios' health thresholds, by portfolio id. */
interface HealthThresholds extends JpaRepository<HealthThreshold, Long> {

}
