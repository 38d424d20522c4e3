package org.agilepmo.portfolio.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/** One page of a list, with the totals a client needs to page through it. */
@Schema(description = "A page of results")
record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
		return new PageResponse<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
