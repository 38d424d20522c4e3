package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.planning.PlanResources.ResourceType;
import org.agilepmo.shared.BidiControls;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/**
 * The resources and assignments of a file MPXJ read. Every resource with a unique ID is
 * kept but the blank one MS Project writes as unique ID 0 (no name, nothing assigned);
 * every assignment of a kept resource to an imported task is kept, with its units (MPXJ's
 * percentages as decimals, 100 → 1.0) and its work, actual and remaining work in minutes.
 * Assignments without a resource (MS Project's placeholders) are not assignments.
 */
final class StaffingReading {

	private final ProjectProperties properties;

	private StaffingReading(ProjectProperties properties) {
		this.properties = properties;
	}

	/** The resources and assignments of the file, as {@link ImportedPlan} keeps them. */
	record Read(List<ImportedPlan.Resource> resources, List<ImportedPlan.Assignment> assignments) {
	}

	/**
	 * @param calendarKeys the calendars imported, by their MPXJ unique ID
	 * @param taskKeys the keys of the tasks imported
	 */
	static Read read(ProjectFile file, Map<Integer, String> calendarKeys, Set<String> taskKeys) {
		return new StaffingReading(file.getProjectProperties()).resourcesAndAssignments(file, calendarKeys, taskKeys);
	}

	/** Whether the platform keeps this resource of a file (used by the tests as well). */
	static boolean kept(Resource resource) {
		if (resource.getUniqueID() == null) {
			return false;
		}
		boolean named = resource.getName() != null && !resource.getName().isBlank();
		return named || !resource.getTaskAssignments().isEmpty();
	}

	private Read resourcesAndAssignments(ProjectFile file, Map<Integer, String> calendarKeys, Set<String> taskKeys) {
		List<ImportedPlan.Resource> resources = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (Resource resource : file.getResources()) {
			if (!kept(resource)) {
				continue;
			}
			String key = String.valueOf(resource.getUniqueID());
			if (!keys.add(key)) {
				throw new PlanImportException(element(resource), "its unique ID is used by another resource");
			}
			String calendarKey = (resource.getCalendar() != null)
					? calendarKeys.get(resource.getCalendar().getUniqueID()) : null;
			resources.add(new ImportedPlan.Resource(calendarKey, draft(resource, key)));
		}
		List<ImportedPlan.Assignment> assignments = new ArrayList<>();
		for (ResourceAssignment assignment : file.getResourceAssignments()) {
			Resource resource = assignment.getResource();
			Task task = assignment.getTask();
			if (resource == null || task == null || task.getUniqueID() == null || resource.getUniqueID() == null) {
				continue;
			}
			String taskKey = String.valueOf(task.getUniqueID());
			String resourceKey = String.valueOf(resource.getUniqueID());
			if (!taskKeys.contains(taskKey) || !keys.contains(resourceKey)) {
				continue;
			}
			String element = "assignment of resource " + resourceKey + " to task " + taskKey;
			AssignmentDraft draft = new AssignmentDraft(null, null, units(assignment.getUnits(), element, "units"),
					work(assignment.getWork(), element, "work"),
					work(assignment.getActualWork(), element, "actual work"),
					work(assignment.getRemainingWork(), element, "remaining work"));
			String externalId = (assignment.getUniqueID() != null) ? String.valueOf(assignment.getUniqueID()) : null;
			assignments.add(new ImportedPlan.Assignment(externalId, taskKey, resourceKey, draft));
		}
		return new Read(resources, assignments);
	}

	private ResourceDraft draft(Resource resource, String key) {
		String given = BidiControls.strip(resource.getName());
		String name = (given != null && !given.isBlank()) ? given.strip() : "Resource " + key;
		if (name.length() > PlanRules.NAME_MAX) {
			name = name.substring(0, PlanRules.NAME_MAX);
		}
		ResourceType type = switch ((resource.getType() != null) ? resource.getType() : org.mpxj.ResourceType.WORK) {
			case MATERIAL -> ResourceType.MATERIAL;
			case COST -> ResourceType.COST;
			default -> ResourceType.WORK;
		};
		return new ResourceDraft(key, name, type, units(resource.getMaxUnits(), element(resource), "max units"), null,
				null);
	}

	/**
	 * MPXJ's percentage (100 = 100 %) as a decimal (1.0); 100 % when the file has none.
	 */
	private static BigDecimal units(Number percent, String element, String what) {
		if (percent == null) {
			return BigDecimal.ONE.setScale(StaffingRules.UNITS_SCALE);
		}
		double value = percent.doubleValue();
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new PlanImportException(element, what + " " + percent + " is not a number");
		}
		BigDecimal units = BigDecimal.valueOf(value).movePointLeft(2);
		if (units.signum() < 0 || units.compareTo(StaffingRules.UNITS_MAX) > 0) {
			throw new PlanImportException(element, what + " " + percent + " % is out of range");
		}
		return units.setScale(StaffingRules.UNITS_SCALE, java.math.RoundingMode.HALF_UP);
	}

	private Long work(Duration duration, String element, String what) {
		if (duration == null || duration.getUnits() == TimeUnit.PERCENT
				|| duration.getUnits() == TimeUnit.ELAPSED_PERCENT) {
			return null;
		}
		double minutes = duration.convertUnits(TimeUnit.MINUTES, this.properties).getDuration();
		if (Double.isNaN(minutes) || minutes < 0 || minutes > StaffingRules.WORK_MAX) {
			throw new PlanImportException(element, what + " " + duration + " is out of range");
		}
		return Math.round(minutes);
	}

	private static String element(Resource resource) {
		return "resource " + resource.getUniqueID()
				+ ((resource.getName() != null) ? " (" + BidiControls.strip(resource.getName()) + ")" : "");
	}

}
