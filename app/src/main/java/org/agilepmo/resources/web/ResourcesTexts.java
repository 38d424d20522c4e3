package org.agilepmo.resources.web;

import org.agilepmo.resources.internal.Reason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says a candidate's reasons in the reader's language, for pages and the API. */
@Component("resourcesTexts")
public class ResourcesTexts {

	private final MessageSource messages;

	ResourcesTexts(MessageSource messages) {
		this.messages = messages;
	}

	private static final ThreadLocal<java.util.Map<java.util.Locale, java.text.NumberFormat>> HOURS = ThreadLocal
		.withInitial(java.util.HashMap::new);

	/**
	 * Hours in the reader's language with at most one decimal: one formatter per thread
	 * and language, as a heatmap says tens of thousands of them.
	 */
	public String hours(double hours) {
		java.text.NumberFormat format = HOURS.get().computeIfAbsent(LocaleContextHolder.getLocale(), locale -> {
			java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
			f.setMaximumFractionDigits(1);
			return f;
		});
		return format.format(hours);
	}

	public String reason(Reason reason) {
		return this.messages.getMessage(reason.key(), reason.arguments().toArray(), reason.key(),
				LocaleContextHolder.getLocale());
	}

}
