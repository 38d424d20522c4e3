package org.agilepmo.web;

import java.net.URI;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's optimistic-concurrency convention: a resource's ETag is its version; an
 * update must send it back in {@code If-Match}. No If-Match answers 428, a stale one 412.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/** 200 with the body and its version as ETag. */
	public static <T> ResponseEntity<T> ok(T body, long version) {
		return ResponseEntity.ok().eTag(of(version)).body(body);
	}

	/** 200 with a view and its version as ETag. */
	public static <T> ResponseEntity<T> ok(T view, ToLongFunction<? super T> version) {
		return ok(view, version.applyAsLong(view));
	}

	/** 200 with the resource made of a view, and the view's version as ETag. */
	public static <V, R> ResponseEntity<R> ok(V view, ToLongFunction<? super V> version,
			Function<? super V, ? extends R> resource) {
		return ok(resource.apply(view), version.applyAsLong(view));
	}

	/** 201 with the new resource's location, the body and its version as ETag. */
	public static <T> ResponseEntity<T> created(String location, T body, long version) {
		return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
	}

	/**
	 * The version named by an If-Match header; 428 when there is none, 412 when it is
	 * unreadable.
	 */
	static long requireVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
					"If-Match must be the ETag of the resource, e.g. \"3\"");
		}
	}

	/** An update was sent without If-Match. */
	public static final class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException() {
			super("This update needs an If-Match header with the resource's ETag (GET it first)");
		}

	}

}
