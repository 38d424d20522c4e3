package org.agilepmo.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The bounds of every paged list, checked in one place before its handler runs: a handler
 * taking {@code page} or {@code size} (or a {@link Pageable}) gets whole numbers, a page
 * from 0, a size from 1 to {@value #MAX_SIZE}, and a page that, multiplied by the size, a
 * query can still address. Anything else answers 400 naming the parameter (a problem on
 * the API, the error page on a page). Lists may bound the size more tightly.
 */
class PagingParameters implements HandlerInterceptor {

	/** The largest page any list serves (the plan's activities). */
	static final int MAX_SIZE = 10_000;

	private static final Pattern WHOLE = Pattern.compile("\\d{1,10}");

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final Map<Method, Paging> byMethod = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Paging paging = this.byMethod.computeIfAbsent(method.getMethod(), m -> Paging.of(method));
			if (paging.paged()) {
				paging.check(request.getParameter("page"), request.getParameter("size"));
			}
		}
		return true;
	}

	/**
	 * What a handler takes: whether it reads a page and a size, and the size it uses when
	 * none is sent ({@link #MAX_SIZE} when it has no size parameter, to be safe).
	 */
	record Paging(boolean page, boolean size, int defaultSize) {

		boolean paged() {
			return this.page || this.size;
		}

		static Paging of(HandlerMethod method) {
			boolean page = false;
			boolean size = false;
			int defaultSize = MAX_SIZE;
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
					page = true;
					size = true;
					continue;
				}
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param == null) {
					continue;
				}
				parameter.initParameterNameDiscovery(NAMES);
				String name = !param.name().isEmpty() ? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getParameterName();
				if ("page".equals(name)) {
					page = true;
				}
				else if ("size".equals(name)) {
					size = true;
					if (!ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
							&& WHOLE.matcher(param.defaultValue()).matches()) {
						defaultSize = Integer.parseInt(param.defaultValue());
					}
				}
			}
			return new Paging(page, size, defaultSize);
		}

		void check(String pageText, String sizeText) {
			long page = 0;
			long size = this.defaultSize;
			if (this.page && pageText != null && !pageText.isEmpty()) {
				page = whole(pageText, Integer.MAX_VALUE);
				if (page < 0) {
					throw new InvalidPagingException("page", "paging.page",
							"must be a whole number from 0 to " + Integer.MAX_VALUE, Integer.MAX_VALUE);
				}
			}
			if (this.size && sizeText != null && !sizeText.isEmpty()) {
				size = whole(sizeText, MAX_SIZE);
				if (size < 1) {
					throw new InvalidPagingException("size", "paging.size",
							"must be a whole number from 1 to " + MAX_SIZE, MAX_SIZE);
				}
			}
			if ((page + 1) * size > Integer.MAX_VALUE) {
				throw new InvalidPagingException("page", "paging.beyond",
						"is too far: page \u00d7 size must stay below " + Integer.MAX_VALUE, Integer.MAX_VALUE);
			}
		}

		/** The number, or -1 when it is not a whole number up to the maximum. */
		private static long whole(String text, long max) {
			if (!WHOLE.matcher(text).matches()) {
				return -1;
			}
			long value = Long.parseLong(text);
			return (value > max) ? -1 : value;
		}

	}

	/** A page or size out of range: 400, naming the parameter. */
	static final class InvalidPagingException extends ResponseStatusException {

		private final String parameter;

		private final String messageKey;

		private final Object[] arguments;

		InvalidPagingException(String parameter, String messageKey, String message, Object... arguments) {
			super(HttpStatus.BAD_REQUEST, parameter + ": " + message);
			this.parameter = parameter;
			this.messageKey = messageKey;
			this.arguments = arguments.clone();
		}

		String parameter() {
			return this.parameter;
		}

		String messageKey() {
			return this.messageKey;
		}

		Object[] arguments() {
			return this.arguments.clone();
		}

		String defaultMessage() {
			String reason = getReason();
			return (reason == null) ? "" : reason.substring(this.parameter.length() + 2);
		}

	}

}
