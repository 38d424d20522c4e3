package org.agilepmo.reporting.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Deviations extends JpaRepository<Deviation, Long> {

	List<Deviation> findByProjectIdOrderByRaisedAtDescIdDesc(long projectId);

	List<Deviation> findByProjectIdInOrderByRaisedAtDescIdDesc(Collection<Long> projectIds);

	List<Deviation> findByProjectIdAndStatusNot(long projectId, Deviation.Status status);

}
