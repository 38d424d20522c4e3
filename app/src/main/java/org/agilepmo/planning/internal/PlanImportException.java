package org.agilepmo.planning.internal;

/**
 * A file could not be read as a plan. The message names the element at fault (a task, a
 * link, a calendar, or the file itself) and nothing has been written.
 */
public class PlanImportException extends RuntimeException {

	private final String element;

	public PlanImportException(String element, String message) {
		super(element + ": " + message);
		this.element = element;
	}

	public String element() {
		return this.element;
	}

}
