package org.agilepmo.delivery.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Each squad's way of working, once it has been set (the defaults apply until then). */
interface SquadSettingsRepository extends JpaRepository<SquadSettings, Long> {

}
