package org.agilepmo.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A field's name in people's words: its label in the bundle of the module handling the
 * request ({@code <module>.field.<field>}), else in the shared bundle
 * ({@code field.<field>}). A field without a label is never named by its code: a message
 * about it then stands on its own.
 */
final class FieldLabels {

	private FieldLabels() {
	}

	/** The label, or {@code null} when the field has none in the reader's language. */
	static String of(MessageSource messages, String field, Locale locale) {
		if (field == null || field.isBlank()) {
			return null;
		}
		String module = module();
		String label = module.isEmpty() ? null : messages.getMessage(module + ".field." + field, null, null, locale);
		return (label != null) ? label : messages.getMessage("field." + field, null, null, locale);
	}

	/**
	 * A message about a field as a sentence people read: "Label: message" when the field
	 * has a label, the message alone otherwise.
	 */
	static String sentence(MessageSource messages, String field, String message, Locale locale) {
		String label = of(messages, field, locale);
		return (label == null) ? message : messages.getMessage("common.fieldMessage", new Object[] { label, message },
				label + ": " + message, locale);
	}

	/**
	 * The module of the controller handling the request:
	 * {@code org.agilepmo.<module>.web}.
	 */
	static String module() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest()
					.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
			String[] parts = handler.getBeanType().getPackageName().split("\\.");
			return (parts.length > 2) ? parts[2] : "";
		}
		return "";
	}

}
