package org.agilepmo.resources.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffingRequests extends JpaRepository<StaffingRequest, Long> {

	List<StaffingRequest> findByStateInOrderByRequestedAtDesc(Collection<RequestState> states);

	List<StaffingRequest> findAllByOrderByRequestedAtDesc();

	List<StaffingRequest> findByProjectIdOrderByFirstDayAscIdAsc(Long projectId);

}
