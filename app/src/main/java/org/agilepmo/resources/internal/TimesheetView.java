package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A week as one reader sees it: the lines they may see, those waiting for their approval,
 * whether it is their own (and so theirs to fill in and submit), and whether they may
 * approve or return it now.
 */
public record TimesheetView(Timesheet sheet, List<TimesheetLine> lines, List<TimesheetLine> approvable, boolean own,
		boolean mayDecide) {

	public long id() {
		return this.sheet.id();
	}

	public boolean editable() {
		return this.own && this.sheet.state().isEditable();
	}

	public BigDecimal totalOn(int dayIndex) {
		return this.lines.stream().map(l -> l.hoursOn(dayIndex)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal total() {
		return this.lines.stream().map(TimesheetLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public boolean awaitsMe() {
		return !this.approvable.isEmpty();
	}

}
