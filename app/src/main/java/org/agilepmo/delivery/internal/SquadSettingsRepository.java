package org.agilepmo.delivery.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Each squad's way of working, once it has been set or first used. */
interface SquadSettingsRepository extends JpaRepository<SquadSettings, Long> {

}
