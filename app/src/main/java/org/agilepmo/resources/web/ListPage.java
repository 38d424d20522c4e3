package org.agilepmo.resources.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list, in the shape every list of the API has. */
@Schema(description = "A page of results")
record ListPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static final int MAX_SIZE = 500;

	static <S, T> ListPage<T> of(List<S> all, int page, int size, Function<S, T> mapping) {
		int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
		int from = (int) Math.min((long) Math.max(0, page) * pageSize, all.size());
		int to = Math.min(from + pageSize, all.size());
		return new ListPage<>(all.subList(from, to).stream().map(mapping).toList(), Math.max(0, page), pageSize,
				all.size(), (all.size() + pageSize - 1) / pageSize);
	}

}
