package org.agilepmo.notification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferences extends JpaRepository<NotificationPreference, Long> {

	List<NotificationPreference> findByPersonId(long personId);

}
