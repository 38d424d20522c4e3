package org.agilepmo.intake.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.agilepmo.intake.CarriedEstimate;
import org.agilepmo.intake.IntakeEstimates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what approved notes carried over to their projects. */
@Service
class IntakeEstimatesService implements IntakeEstimates {

	private final CarriedEstimates carried;

	IntakeEstimatesService(CarriedEstimates carried) {
		this.carried = carried;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, CarriedEstimate> forProjects(Collection<Long> projectIds) {
		Map<Long, CarriedEstimate> byProject = new HashMap<>();
		this.carried.findAllById(projectIds).forEach(r -> {
			CarriedEstimate e = r.toEstimate();
			byProject.put(e.projectId(), e);
		});
		return byProject;
	}

}
