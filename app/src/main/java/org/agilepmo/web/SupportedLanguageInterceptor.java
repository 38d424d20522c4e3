package org.agilepmo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Lets {@code ?lang=} choose only one of the supported languages; anything else is
 * ignored.
 */
class SupportedLanguageInterceptor implements HandlerInterceptor {

	private final LocaleChangeInterceptor delegate;

	SupportedLanguageInterceptor(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String lang = request.getParameter("lang");
		if (lang == null) {
			return true;
		}
		for (java.util.Locale supported : WebConfiguration.Languages.SUPPORTED) {
			if (supported.getLanguage().equals(lang)) {
				return this.delegate.preHandle(request, response, handler);
			}
		}
		return true;
	}

}
