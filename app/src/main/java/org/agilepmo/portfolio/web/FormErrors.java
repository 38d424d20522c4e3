package org.agilepmo.portfolio.web;

import org.agilepmo.shared.RuleViolationException;

import org.springframework.validation.BindingResult;

/** Puts a broken business rule next to the form field it concerns. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult binding, RuleViolationException ex) {
		String field = ex.field();
		if (field != null && binding.getTarget() != null
				&& new org.springframework.beans.BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
			binding.rejectValue(field, ex.messageKey(), ex.arguments(), ex.getMessage());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.getMessage());
		}
	}

}
