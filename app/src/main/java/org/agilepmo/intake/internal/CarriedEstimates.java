package org.agilepmo.intake.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CarriedEstimates extends JpaRepository<CarriedEstimateRecord, Long> {

}
