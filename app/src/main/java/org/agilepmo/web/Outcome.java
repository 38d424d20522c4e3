package org.agilepmo.web;

/**
 * What a page tells the person about what they just did, in their language. It travels in
 * one model (or flash) attribute, {@value #ATTRIBUTE}, and {@code layout.html} draws it
 * above every page's content; pages draw no alerts of their own.
 *
 * @param kind how it went, which decides the alert's colour and role
 * @param text the message, resolved in the reader's language
 */
public record Outcome(Kind kind, String text) {

	public static final String ATTRIBUTE = "outcome";

	/** The alert's Bootstrap class. */
	public String css() {
		return "alert-" + this.kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * {@code alert} for what went wrong (read at once by screen readers), else
	 * {@code status}.
	 */
	public String role() {
		return (this.kind == Kind.DANGER || this.kind == Kind.WARNING) ? "alert" : "status";
	}

	public enum Kind {

		/** The change was made. */
		SUCCESS,
		/** Something worth knowing. */
		INFO,
		/** Nothing was written: someone else changed the object first. */
		WARNING,
		/** Nothing was written: the change breaks a rule. */
		DANGER

	}

}
