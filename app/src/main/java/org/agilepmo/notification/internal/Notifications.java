package org.agilepmo.notification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Notifications extends JpaRepository<Notification, Long> {

	List<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(long personId, Pageable page);

	List<Notification> findByPersonIdAndReadAtIsNull(long personId);

	Optional<Notification> findByIdAndPersonId(long id, long personId);

	long countByPersonId(long personId);

}
