package org.agilepmo.portfolio.web;

import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a sortable, paged list page that keep the reader's filters: column headers
 * (with their {@code aria-sort}) and page numbers.
 */
public final class ListLinks {

	private final String path;

	private final MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();

	private final String sortProperty;

	private final Sort.Direction direction;

	ListLinks(String path, Map<String, String> filters, Sort sort) {
		this.path = path;
		filters.forEach((k, v) -> {
			if (v != null && !v.isBlank()) {
				this.filters.add(k, v);
			}
		});
		Sort.Order first = sort.iterator().next();
		this.sortProperty = first.getProperty();
		this.direction = first.getDirection();
	}

	/**
	 * The link that sorts by the column: ascending, or the other way when it already is.
	 */
	public String sortUrl(String property) {
		boolean ascendingNow = property.equals(this.sortProperty) && this.direction.isAscending();
		return url(property + "," + (ascendingNow ? "desc" : "asc"), 0);
	}

	public String ariaSort(String property) {
		if (!property.equals(this.sortProperty)) {
			return "none";
		}
		return this.direction.isAscending() ? "ascending" : "descending";
	}

	public String pageUrl(int page) {
		return url(this.sortProperty + "," + this.direction.name().toLowerCase(java.util.Locale.ROOT), page);
	}

	/**
	 * The list as a file (format {@code xlsx} or {@code csv}) from the export at the
	 * path, with the reader's filters and sort.
	 */
	public String exportUrl(String exportPath, String format) {
		return UriComponentsBuilder.fromPath(exportPath)
			.queryParams(this.filters)
			.queryParam("sort", this.sortProperty + "," + this.direction.name().toLowerCase(java.util.Locale.ROOT))
			.queryParam("format", format)
			.encode()
			.build()
			.toUriString();
	}

	private String url(String sort, int page) {
		return UriComponentsBuilder.fromPath(this.path)
			.queryParams(this.filters)
			.queryParam("sort", sort)
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

}
