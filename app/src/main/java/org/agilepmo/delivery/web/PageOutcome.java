package org.agilepmo.delivery.web;

import java.util.Locale;

import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a change asked for by a page and tells the person how it went after the redirect:
 * a broken rule or a stale version becomes a message in their language at the top of the
 * page they return to; nothing was written.
 */
@Component
class PageOutcome {

	private final MessageSource messages;

	PageOutcome(MessageSource messages) {
		this.messages = messages;
	}

	String run(Runnable change, String back, RedirectAttributes flash) {
		try {
			change.run();
			flash.addFlashAttribute("notice", "delivery.saved");
		}
		catch (RuleViolationException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			flash.addFlashAttribute("problem",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(), locale));
		}
		catch (StaleVersionException ex) {
			flash.addFlashAttribute("problem",
					this.messages.getMessage("delivery.stale", null,
							"Someone else changed this in the meantime; the page shows their change.",
							LocaleContextHolder.getLocale()));
		}
		return "redirect:" + back;
	}

}
