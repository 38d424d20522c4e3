package org.agilepmo.intake.web;

import org.agilepmo.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a broken rule into the reader's language, naming the field. */
@Component("intakeMessages")
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String of(RuleViolationException ex) {
		return this.source.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(),
				LocaleContextHolder.getLocale());
	}

}
