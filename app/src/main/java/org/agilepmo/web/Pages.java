package org.agilepmo.web;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every page runs a change and shows how it went; the one place where a page's
 * refused or stale change is caught. Three shapes, as the page needs:
 * <ul>
 * <li>{@link #submit}: a form object ({@code @Valid} + {@code BindingResult}, as
 * petclinic's owner form). Invalid input or a broken rule marks the field and answers
 * 422, a stale version answers 409 with the {@link Outcome}; both show the same form
 * again with the person's input.</li>
 * <li>{@link #attempt}: a button or a small form on a page without a form object. When
 * refused (422) or stale (409) the page is shown again with the outcome naming the
 * field.</li>
 * <li>{@link #act}: a change on a working page that always returns to it (post, redirect,
 * get); the outcome travels as a flash attribute.</li>
 * </ul>
 * Objects that do not exist or may not be seen (404) and refused permissions (403) are
 * not caught here: they reach the error pages.
 */
@Component("webPages")
public class Pages {

	private final MessageSource messages;

	Pages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Runs the change asked for by a form. Answers the change's view (usually a
	 * redirect), or {@code form}'s when the input is refused or stale.
	 */
	public String submit(BindingResult binding, Model model, Supplier<String> change, Supplier<String> form) {
		if (binding.hasErrors()) {
			status(HttpStatus.UNPROCESSABLE_CONTENT);
			return form.get();
		}
		try {
			return change.get();
		}
		catch (StaleVersionException ex) {
			return stale(model, form);
		}
		catch (RuleViolationException ex) {
			reject(binding, ex);
			status(statusOf(ex));
			return form.get();
		}
	}

	/**
	 * Runs a change asked for without a form object. Answers the change's view, or
	 * {@code page}'s with the outcome when it is refused or stale.
	 */
	public String attempt(Model model, Supplier<String> change, Supplier<String> page) {
		try {
			return change.get();
		}
		catch (StaleVersionException ex) {
			return stale(model, page);
		}
		catch (RuleViolationException ex) {
			status(statusOf(ex));
			model.addAttribute(Outcome.ATTRIBUTE, refused(ex));
			return page.get();
		}
	}

	/**
	 * Runs a change and returns to {@code back}, telling how it went there: {@code saved}
	 * (a message key, or {@code null} for nothing) when made, else why not.
	 */
	public String act(RedirectAttributes flash, String back, String saved, Runnable change) {
		try {
			change.run();
			if (saved != null) {
				flash.addFlashAttribute(Outcome.ATTRIBUTE, outcome(Outcome.Kind.SUCCESS, saved));
			}
		}
		catch (StaleVersionException ex) {
			flash.addFlashAttribute(Outcome.ATTRIBUTE, outcome(Outcome.Kind.WARNING, "common.staleReloaded"));
		}
		catch (RuleViolationException ex) {
			flash.addFlashAttribute(Outcome.ATTRIBUTE, refused(ex));
		}
		return "redirect:" + back;
	}

	/**
	 * Runs a change made in place on a page (a row of a table, swapped by htmx): nothing
	 * when it is made; else why not, as the outcome to show next to what was changed,
	 * with the answer's status set: 422 when refused (the field named by its label), 409
	 * when someone else changed the object first.
	 */
	public Outcome attempt(Runnable change) {
		try {
			change.run();
			return null;
		}
		catch (StaleVersionException ex) {
			status(HttpStatus.CONFLICT);
			return outcome(Outcome.Kind.WARNING, "common.staleVersion");
		}
		catch (RuleViolationException ex) {
			status(HttpStatus.UNPROCESSABLE_CONTENT);
			return refused(ex);
		}
	}

	/** 409: the page again, saying that someone else changed the object first. */
	private String stale(Model model, Supplier<String> page) {
		status(HttpStatus.CONFLICT);
		model.addAttribute(Outcome.ATTRIBUTE, outcome(Outcome.Kind.WARNING, "common.staleVersion"));
		return page.get();
	}

	/** Tells the person, on the page they are sent to, that their change was made. */
	public void saved(RedirectAttributes flash, String key, Object... arguments) {
		flash.addFlashAttribute(Outcome.ATTRIBUTE, outcome(Outcome.Kind.SUCCESS, key, arguments));
	}

	/** Tells the person something on the page about to be drawn. */
	public void tell(Model model, Outcome.Kind kind, String key, Object... arguments) {
		model.addAttribute(Outcome.ATTRIBUTE, outcome(kind, key, arguments));
	}

	Outcome outcome(Outcome.Kind kind, String key, Object... arguments) {
		return new Outcome(kind, this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

	/**
	 * A broken rule's message in the reader's language, naming its field by the field's
	 * label ({@code <module>.field.<field>}) when there is one, never by its code.
	 */
	Outcome refused(RuleViolationException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(), locale);
		return new Outcome(Outcome.Kind.DANGER, FieldLabels.sentence(this.messages, ex.field(), message, locale));
	}

	/**
	 * Puts a broken rule next to the form field it concerns, else at the top of the form.
	 */
	static void reject(BindingResult binding, RuleViolationException ex) {
		String field = ex.field();
		if (field != null && binding.getTarget() != null
				&& new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			binding.rejectValue(field, ex.messageKey(), ex.arguments(), ex.getMessage());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.getMessage());
		}
	}

	/**
	 * 422, or the status a more specific rule names with {@code @ResponseStatus} (413 for
	 * a file over the size limit, say).
	 */
	static HttpStatus statusOf(RuleViolationException ex) {
		ResponseStatus named = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		return (named != null) ? named.code() : HttpStatus.UNPROCESSABLE_CONTENT;
	}

	private static void status(HttpStatus status) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletResponse response = attributes.getResponse();
			if (response != null) {
				response.setStatus(status.value());
			}
		}
	}

}
