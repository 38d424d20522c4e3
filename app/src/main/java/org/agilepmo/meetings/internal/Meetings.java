package org.agilepmo.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The meetings and series. */
public interface Meetings extends JpaRepository<Meeting, Long> {

}
