package org.agilepmo.risk.internal;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionReminders extends JpaRepository<ActionReminder, Long> {

	boolean existsByActionIdAndRemindedOn(long actionId, LocalDate remindedOn);

}
