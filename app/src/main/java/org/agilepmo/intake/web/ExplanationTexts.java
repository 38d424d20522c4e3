package org.agilepmo.intake.web;

import org.agilepmo.intake.internal.Prioritisation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a prioritisation reason into the reader's language. */
@Component("prioritisationTexts")
public class ExplanationTexts {

	private final MessageSource source;

	ExplanationTexts(MessageSource source) {
		this.source = source;
	}

	public String of(Prioritisation.Explanation explanation) {
		return this.source.getMessage(explanation.key(), explanation.args().toArray(), explanation.key(),
				LocaleContextHolder.getLocale());
	}

}
