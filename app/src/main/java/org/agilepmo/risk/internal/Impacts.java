package org.agilepmo.risk.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.agilepmo.shared.RuleViolationException;

/**
 * A risk's impacts, one level per dimension it would affect (at least one); the most
 * severe drives the rating. Written {@code SCHEDULE=5,COST=3} in the database.
 */
public final class Impacts {

	private final Map<ImpactDimension, Integer> levels;

	private Impacts(Map<ImpactDimension, Integer> levels) {
		this.levels = Collections.unmodifiableMap(new EnumMap<>(levels));
	}

	/**
	 * Reads impacts as the API sends them ({@code {"schedule": 5}}), each a level of the
	 * scale; {@code field} names the input in the refusal.
	 */
	public static Impacts of(Map<String, Integer> sent, int scale, String field) {
		if (sent == null || sent.isEmpty()) {
			throw new RuleViolationException(field, "risk.error.impactRequired",
					"at least one impact (schedule, cost, quality, reputation or security) is required");
		}
		Map<ImpactDimension, Integer> levels = new EnumMap<>(ImpactDimension.class);
		for (Map.Entry<String, Integer> e : sent.entrySet()) {
			ImpactDimension dimension = ImpactDimension.of(e.getKey())
				.orElseThrow(() -> new RuleViolationException(field, "risk.error.impactDimension",
						"unknown impact dimension " + e.getKey(), e.getKey()));
			if (e.getValue() == null) {
				continue;
			}
			levels.put(dimension, RiskMatrix.level(e.getValue(), scale, field));
		}
		if (levels.isEmpty()) {
			throw new RuleViolationException(field, "risk.error.impactRequired",
					"at least one impact (schedule, cost, quality, reputation or security) is required");
		}
		return new Impacts(levels);
	}

	static Impacts parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Map<ImpactDimension, Integer> levels = new EnumMap<>(ImpactDimension.class);
		for (String part : text.split(",")) {
			String[] kv = part.split("=");
			levels.put(ImpactDimension.valueOf(kv[0]), Integer.parseInt(kv[1]));
		}
		return new Impacts(levels);
	}

	String text() {
		return this.levels.entrySet()
			.stream()
			.map(e -> e.getKey().name() + "=" + e.getValue())
			.collect(Collectors.joining(","));
	}

	/** The most severe level: it drives the rating. */
	public int worst() {
		return this.levels.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
	}

	public Map<ImpactDimension, Integer> levels() {
		return this.levels;
	}

	/** As the API shows them: {@code {"schedule": 5, "cost": 3}}. */
	public Map<String, Integer> asMap() {
		Map<String, Integer> map = new LinkedHashMap<>();
		this.levels.forEach((k, v) -> map.put(k.key(), v));
		return map;
	}

	public Integer level(ImpactDimension dimension) {
		return this.levels.get(dimension);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Impacts i && i.levels.equals(this.levels);
	}

	@Override
	public int hashCode() {
		return this.levels.hashCode();
	}

	@Override
	public String toString() {
		return text();
	}

}
