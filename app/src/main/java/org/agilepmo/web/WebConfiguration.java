package org.agilepmo.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: chosen with {@code ?lang=}, remembered in a cookie, else the browser's.
 * Paged lists: their page and size checked in one place ({@link PagingParameters}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** JSON strings without bidirectional controls ({@link TextInput}). */
	@Bean
	tools.jackson.databind.JacksonModule textInputModule() {
		return TextInput.jacksonModule();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("PMO_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(WebConfiguration::browserLanguage);
		return resolver;
	}

	/**
	 * The first of the browser's languages that the platform speaks, with the browser's
	 * region kept so that dates and numbers follow it (en-GB writes 30 Jun 2027, en-US
	 * Jun 30, 2027); else English.
	 */
	private static Locale browserLanguage(jakarta.servlet.http.HttpServletRequest request) {
		java.util.Enumeration<Locale> wanted = request.getLocales();
		while (wanted.hasMoreElements()) {
			Locale locale = wanted.nextElement();
			for (Locale supported : Languages.SUPPORTED) {
				if (supported.getLanguage().equals(locale.getLanguage())) {
					return Locale.of(locale.getLanguage(), locale.getCountry());
				}
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedLanguageInterceptor(change));
		registry.addInterceptor(new PagingParameters());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new IfMatchResolver());
	}

	/** Languages the platform speaks; a test keeps their bundles complete. */
	public static final class Languages {

		public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("es"),
				Locale.of("ar"));

		private Languages() {
		}

		public static boolean isRightToLeft(Locale locale) {
			return "ar".equals(locale.getLanguage());
		}

	}

}
