package org.agilepmo.planning.internal;

/**
 * A file could not be read as a plan. The message names the element at fault (a task, a
 * link, a calendar, or the file itself) and nothing has been written.
 */
public class PlanImportException extends RuntimeException {

	private final String element;

	private final String reason;

	public PlanImportException(String element, String message) {
		super(element + ": " + message);
		this.element = element;
		this.reason = message;
	}

	/** What is wrong, without the element it concerns. */
	public String reason() {
		return this.reason;
	}

	public String element() {
		return this.element;
	}

}
