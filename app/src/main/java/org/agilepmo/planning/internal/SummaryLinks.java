package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;

/**
 * A link to or from a summary task, which MS Project allows and schedules, becomes links
 * between working tasks as MS Project (and MPXJ's {@code MicrosoftScheduler}) schedule
 * it: a successor summary stands for every task under it; a predecessor summary stands
 * for every task under it when its finish drives (FS, FF), and for its earliest task when
 * its start drives (SS, SF). See ADR 0103.
 */
final class SummaryLinks {

	/** Maps one link between two working tasks. */
	interface Mapper {

		ImportedPlan.Link link(Relation relation, Task predecessor, Task successor);

	}

	private SummaryLinks() {
	}

	static void expand(Relation relation, Mapper mapper, List<ImportedPlan.Link> links) {
		Task predecessor = relation.getPredecessorTask();
		Task successor = relation.getSuccessorTask();
		if (!expandable(predecessor) && !expandable(successor)) {
			links.add(mapper.link(relation, predecessor, successor));
			return;
		}
		List<Task> from = expandable(predecessor) ? leaves(predecessor) : List.of(predecessor);
		if (expandable(predecessor) && !from.isEmpty() && (relation.getType() == RelationType.START_START
				|| relation.getType() == RelationType.START_FINISH)) {
			from = List.of(earliest(from));
		}
		List<Task> to = expandable(successor) ? leaves(successor) : List.of(successor);
		for (Task p : from) {
			for (Task s : to) {
				if (p != s) {
					links.add(mapper.link(relation, p, s));
				}
			}
		}
	}

	/** A summary task other than the project's own (ID 0). */
	private static boolean expandable(Task task) {
		return task != null && task.hasChildTasks()
				&& !(Integer.valueOf(0).equals(task.getID()) && task.getParentTask() == null);
	}

	private static List<Task> leaves(Task summary) {
		List<Task> leaves = new ArrayList<>();
		List<Task> pending = new ArrayList<>(summary.getChildTasks());
		for (int k = 0; k < pending.size() && k < 1_000_000; k++) {
			Task t = pending.get(k);
			if (t.hasChildTasks()) {
				pending.addAll(t.getChildTasks());
			}
			else if (!t.getNull() && t.getActive()) {
				leaves.add(t);
			}
		}
		return leaves;
	}

	private static Task earliest(List<Task> tasks) {
		Task first = tasks.get(0);
		for (Task t : tasks) {
			LocalDateTime start = startOf(t);
			LocalDateTime best = startOf(first);
			if (start != null && (best == null || start.isBefore(best))) {
				first = t;
			}
		}
		return first;
	}

	private static LocalDateTime startOf(Task task) {
		return (task.getEarlyStart() != null) ? task.getEarlyStart() : task.getStart();
	}

}
