package org.agilepmo.resources.internal;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.springframework.stereotype.Component;

/**
 * Who sees and approves timesheet lines (docs/adr/0018-timesheets.md). Deny by default:
 * <ul>
 * <li>a person sees every line of their own weeks and approves none of them;</li>
 * <li>a line on a project's work is approved by whoever may change the project (its
 * project manager, or the PMO); it is seen by them, and by the head of the person's
 * centre and the PMO when they may see the project;</li>
 * <li>a line of non-project work (or on a backlog item outside any project) is approved
 * and seen by the head of the person's competency centre; by PMO officers and
 * administrators when the person has no centre head.</li>
 * </ul>
 */
@Component
class TimesheetAccess {

	private final ResourceAccess access;

	private final Resources resources;

	private final Centres centres;

	TimesheetAccess(ResourceAccess access, Resources resources, Centres centres) {
		this.access = access;
		this.resources = resources;
		this.centres = centres;
	}

	Reader reader(Actor actor) {
		return new Reader(actor, this.access.lens(actor));
	}

	/** The rules through one reader's eyes, remembering each project's answer. */
	final class Reader {

		private final Actor actor;

		private final ResourceAccess.Lens lens;

		private final java.util.Map<Long, Boolean> editable = new java.util.HashMap<>();

		private final java.util.Map<Long, Long> headOf = new java.util.HashMap<>();

		Reader(Actor actor, ResourceAccess.Lens lens) {
			this.actor = actor;
			this.lens = lens;
		}

		Actor actor() {
			return this.actor;
		}

		boolean owns(Timesheet sheet) {
			return sheet.personId() == this.actor.id();
		}

		/** The head of the person's centre, or {@code -1} when there is none. */
		private long headOf(long personId) {
			return this.headOf.computeIfAbsent(personId,
					id -> resources.findByPersonId(id)
						.map(Resource::centreUnitId)
						.flatMap(centres::findByUnitId)
						.map(Centre::headPersonId)
						.orElse(-1L));
		}

		private boolean headsPersonOf(Timesheet sheet) {
			return headOf(sheet.personId()) == this.actor.id();
		}

		private boolean isPmo() {
			return this.actor.has(GlobalRole.ADMINISTRATOR) || this.actor.has(GlobalRole.PMO_OFFICER);
		}

		private boolean mayEditProject(long projectId) {
			return this.editable.computeIfAbsent(projectId, id -> access.mayEditProject(id, this.actor));
		}

		boolean maySee(Timesheet sheet, TimesheetLine line) {
			if (owns(sheet)) {
				return true;
			}
			if (line.isOnProject()) {
				return mayEditProject(line.projectId())
						|| ((isPmo() || headsPersonOf(sheet)) && this.lens.project(line.projectId()).isPresent());
			}
			return isPmo() || headsPersonOf(sheet);
		}

		boolean mayApprove(Timesheet sheet, TimesheetLine line) {
			if (owns(sheet)) {
				return false;
			}
			if (line.isOnProject()) {
				return mayEditProject(line.projectId());
			}
			long head = headOf(sheet.personId());
			return head == this.actor.id() || (head < 0 && isPmo());
		}

		/**
		 * Whether the reader sees the week at all: their own, or one line of it at least.
		 */
		boolean maySee(Timesheet sheet) {
			return owns(sheet) || sheet.lines().stream().anyMatch(l -> maySee(sheet, l));
		}

		/** Whether some line of the submitted week waits for this reader's approval. */
		boolean waitsFor(Timesheet sheet) {
			return sheet.state() == TimesheetState.SUBMITTED
					&& sheet.lines().stream().anyMatch(l -> !l.isApproved() && mayApprove(sheet, l));
		}

		/** Whether the reader approves some line of the week (and so may return it). */
		boolean approvesAny(Timesheet sheet) {
			return sheet.lines().stream().anyMatch(l -> mayApprove(sheet, l));
		}

	}

}
