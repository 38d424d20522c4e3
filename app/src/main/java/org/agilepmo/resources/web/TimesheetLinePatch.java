package org.agilepmo.resources.web;

import java.util.List;

import org.agilepmo.resources.internal.TimesheetLineDraft;
import org.agilepmo.web.Patch;

/**
 * A partial change of a week: the lines, when sent, replace the week's lines (each with
 * its kind, reference or category, and the hours from Monday to Sunday).
 */
public class TimesheetLinePatch extends Patch<List<TimesheetLineDraft>> {

	private List<TimesheetsApiController.LineRequest> lines;

	@Override
	public List<TimesheetLineDraft> applyTo(List<TimesheetLineDraft> current) {
		return sent("lines") ? TimesheetsApiController.drafts(this.lines) : current;
	}

	public void setLines(List<TimesheetsApiController.LineRequest> lines) {
		this.lines = lines;
		mark("lines");
	}

}
