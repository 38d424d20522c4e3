package org.agilepmo.portfolio.web;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads {@code sort=property[,asc|desc]} against the properties a list may be sorted by;
 * anything else is refused (400) rather than silently ignored. The id breaks ties so that
 * pages never overlap.
 */
final class Sorting {

	static final int MAX_PAGE_SIZE = 200;

	private Sorting() {
	}

	static Pageable pageable(int page, int size, String sort, Set<String> allowed, String byDefault) {
		if (page < 0) {
			throw new IllegalArgumentException("page: must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("size: must be between 1 and " + MAX_PAGE_SIZE);
		}
		return PageRequest.of(page, size, sort(sort, allowed, byDefault));
	}

	static Sort sort(String sort, Set<String> allowed, String byDefault) {
		String value = (sort == null || sort.isBlank()) ? byDefault : sort.strip();
		String[] parts = value.split(",");
		String property = parts[0].strip();
		if (!allowed.contains(property)) {
			throw new IllegalArgumentException(
					"sort: may be one of " + allowed + ", optionally followed by ,asc or ,desc");
		}
		Sort.Direction direction = Sort.Direction.ASC;
		if (parts.length > 1) {
			direction = Sort.Direction.fromOptionalString(parts[1].strip())
				.orElseThrow(() -> new IllegalArgumentException("sort: the direction must be asc or desc"));
		}
		return Sort.by(direction, property).and(Sort.by("id"));
	}

}
