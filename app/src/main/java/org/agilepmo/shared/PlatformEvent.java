package org.agilepmo.shared;

import java.util.Map;

/**
 * A fact other systems may subscribe to (through webhooks): a project changed stage, a
 * gate was signed, a risk was rated high, a report was submitted, a deviation was raised.
 * Any module publishes it with {@code ApplicationEventPublisher.publishEvent} inside the
 * transaction that makes the change, next to its own event; it is kept for delivery
 * exactly when that transaction commits.
 * <p>
 * {@code data} holds what a subscriber needs to act without calling back: ids, codes,
 * stages, dates and short names, as JSON-friendly values (strings, numbers, booleans,
 * null, lists and maps of them). An endpoint receives an event only when it is cleared
 * for the event's classification (the classification of the object, as for people).
 *
 * @param type the event's name, lower-case words joined by dots and hyphens, e.g.
 * {@link #PROJECT_STAGE_CHANGED}
 * @param subject the object the fact is about
 * @param classification how sensitive that object is
 * @param data the fact's details
 */
public record PlatformEvent(String type, ObjectRef subject, Classification classification, Map<String, Object> data) {

	/** A project moved to another lifecycle stage (portfolio). */
	public static final String PROJECT_STAGE_CHANGED = "project.stage-changed";

	/** Every item of a stage gate was signed or waived (governance). */
	public static final String GATE_SIGNED = "gate.signed";

	/** A risk's rating became high (risk). */
	public static final String RISK_RATED_HIGH = "risk.rated-high";

	/** A status report was submitted (reporting). */
	public static final String REPORT_SUBMITTED = "report.submitted";

	/** A deviation was raised against a project (reporting). */
	public static final String DEVIATION_RAISED = "deviation.raised";

	public PlatformEvent {
		if (type == null || !type.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+") || subject == null) {
			throw new IllegalArgumentException(
					"A platform event needs a type such as project.stage-changed and a subject: " + type);
		}
		classification = (classification == null) ? Classification.CONFIDENTIAL : classification;
		data = (data == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
	}

	/**
	 * An event whose classification is not known to the publisher: treated as
	 * confidential, so it reaches only endpoints cleared for everything.
	 */
	public PlatformEvent(String type, ObjectRef subject, Map<String, Object> data) {
		this(type, subject, Classification.CONFIDENTIAL, data);
	}

}
