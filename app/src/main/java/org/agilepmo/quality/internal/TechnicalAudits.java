package org.agilepmo.quality.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnicalAudits extends JpaRepository<TechnicalAudit, Long> {

}
