package org.agilepmo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.shared.ImportLimits;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem+json. Invalid input names each field at fault in
 * {@code errors: [{field, message}]} (the field as the API spells it, for programs);
 * {@code detail} is text for people, in the caller's language, naming a field only by its
 * label.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	private final ObjectProvider<ImportLimits> uploadLimit;

	ApiProblems(MessageSource messages, ObjectProvider<ImportLimits> uploadLimit) {
		this.messages = messages;
		this.uploadLimit = uploadLimit;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), null);
	}

	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.PRECONDITION_FAILED, "Stale version",
				ex.getMessage(), null);
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(HttpHeaders.ETAG, ETags.of(ex.currentVersion()))
			.body(response.getBody());
	}

	@ExceptionHandler(ETags.PreconditionRequiredException.class)
	ResponseEntity<ProblemDetail> preconditionRequired(ETags.PreconditionRequiredException ex) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", ex.getMessage(), null);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> rule(RuleViolationException ex) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(),
				LocaleContextHolder.getLocale());
		List<Map<String, String>> errors = ex.field() == null ? null
				: List.of(Map.of("field", ex.field(), "message", message));
		String detail = FieldLabels.sentence(this.messages, ex.field(), message, LocaleContextHolder.getLocale());
		HttpStatus status = Pages.statusOf(ex);
		return problem(status,
				status == HttpStatus.UNPROCESSABLE_CONTENT ? "Invalid request" : status.getReasonPhrase(), detail,
				errors);
	}

	@ExceptionHandler(PagingParameters.InvalidPagingException.class)
	ResponseEntity<ProblemDetail> paging(PagingParameters.InvalidPagingException ex) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.defaultMessage(),
				LocaleContextHolder.getLocale());
		return problem(HttpStatus.BAD_REQUEST, "Invalid request",
				FieldLabels.sentence(this.messages, ex.parameter(), message, LocaleContextHolder.getLocale()),
				List.of(Map.of("field", ex.parameter(), "message", message)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your roles do not allow this.", null);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex) {
		return problem(ex.getStatusCode(), ex.getStatusCode().toString(), ex.getReason(), null);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage(), null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; nothing was changed.", null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(Map.of("field", error.getObjectName(), "message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale()))));
		return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(Map.of("field", result.getMethodParameter().getParameterName(), "message",
						this.messages.getMessage(error, LocaleContextHolder.getLocale())))));
		return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = null;
		if (ex.getCause() instanceof DatabindException databind) {
			field = databind.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.orElse(null);
		}
		if (field != null) {
			Locale locale = LocaleContextHolder.getLocale();
			String message = this.messages.getMessage("typeMismatch", new Object[] { field },
					"This value is not of the right form.", locale);
			List<Map<String, String>> errors = List.of(Map.of("field", field, "message", message));
			return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid request",
					FieldLabels.sentence(this.messages, field, message, locale), errors));
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof StreamConstraintsException) {
				// A file sent as base64 inside JSON, longer than the JSON reader takes:
				// say
				// so, and how to send it instead, rather than "not valid JSON".
				long bytes = StreamReadConstraints.defaults().getMaxStringLength() / 4L * 3L;
				String limit = ImportLimits.inWords(bytes / (1024 * 1024) * (1024 * 1024));
				String message = this.messages
					.getMessage(
							"import.limit.json", new Object[] { limit }, "A file sent inside JSON may be at most about "
									+ limit + "; send larger files as a multipart upload",
							LocaleContextHolder.getLocale());
				return asObject(problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", message, null));
			}
		}
		return asObject(
				problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request body is not valid JSON.", null));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String limit = ImportLimits
			.inWords(this.uploadLimit.getIfAvailable(ImportLimits::defaults).maxUploadSize().toBytes());
		String message = this.messages.getMessage("import.limit.upload", new Object[] { limit },
				"The file is larger than " + limit + ", the most an import may receive.",
				LocaleContextHolder.getLocale());
		return asObject(problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", message, null));
	}

	/**
	 * The errors as sentences for people, each field named by its label when it has one.
	 */
	private String describe(List<Map<String, String>> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder detail = new StringBuilder();
		for (Map<String, String> e : errors) {
			if (!detail.isEmpty()) {
				detail.append(' ');
			}
			String sentence = FieldLabels.sentence(this.messages, e.get("field"), e.get("message"), locale);
			detail.append(sentence);
			if (!sentence.endsWith(".") && !sentence.endsWith("。")) {
				detail.append('.');
			}
		}
		return detail.toString();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String title, String detail,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
