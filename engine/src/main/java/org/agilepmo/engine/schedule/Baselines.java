package org.agilepmo.engine.schedule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several named baselines of one project, as Microsoft Project's Baseline, Baseline
 * 1..10.
 */
public final class Baselines {

	private final Map<String, Baseline> saved = new LinkedHashMap<>();

	/** Saves (or replaces) the baseline {@code name} from {@code schedule}. */
	public Baseline save(String name, Schedule schedule) {
		Baseline baseline = Baseline.capture(name, schedule);
		this.saved.put(name, baseline);
		return baseline;
	}

	public Baseline get(String name) {
		Baseline baseline = this.saved.get(name);
		if (baseline == null) {
			throw new IllegalArgumentException("no baseline " + name);
		}
		return baseline;
	}

	public Set<String> names() {
		return this.saved.keySet();
	}

	public List<Baseline.Variance> variance(String name, Schedule current) {
		return get(name).variance(current);
	}

}
