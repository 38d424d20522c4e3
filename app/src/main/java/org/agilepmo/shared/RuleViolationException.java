package org.agilepmo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request was well-formed but breaks a business rule (a stage the project may not
 * reach, a code already taken). Carries the field it concerns, when there is one, and a
 * message key so that the message reaches the user in their language.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public RuleViolationException(String field, String messageKey, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
