package org.agilepmo.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.intake.internal.Prioritisation;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.util.MultiValueMap;

/**
 * The limits of the prioritisation page and API, read from GET parameters so that a
 * result can be bookmarked: {@code currency}, {@code budget} three times (one per year)
 * and {@code capacity.<skill>} in person-days per quarter
 * ({@code capacity.<skill>@2027-Q3} for one quarter); {@code scenarioBudget} and
 * {@code scenarioCapacity}, whole percentages of what was entered, ask for a third
 * scenario.
 *
 * @param budget {@code null} when no budget was entered
 */
record PrioritisationQuery(String currency, long[] budget, Map<String, Double> capacity, int scenarioBudget,
		int scenarioCapacity, Map<Long, Boolean> forced) {

	static final String FORCE = "force.";

	static final String CAPACITY = "capacity.";

	static PrioritisationQuery of(MultiValueMap<String, String> params) {
		String currency = params.getFirst("currency");
		if (currency != null && !currency.isBlank() && !currency.strip().matches("[A-Z]{3}")) {
			throw new RuleViolationException("currency", "intake.prioritisation.error.currency",
					"currency is a three-letter code");
		}
		List<String> entered = params.getOrDefault("budget", List.of())
			.stream()
			.filter(b -> b != null && !b.isBlank())
			.toList();
		long[] budget = null;
		if (!entered.isEmpty()) {
			List<String> all = params.get("budget");
			if (all.size() != Prioritisation.YEARS || entered.size() != Prioritisation.YEARS) {
				throw new RuleViolationException("budget", "intake.prioritisation.error.budgetYears",
						"enter the budget of each of the three years", Prioritisation.YEARS);
			}
			budget = new long[Prioritisation.YEARS];
			for (int y = 0; y < budget.length; y++) {
				budget[y] = number("budget", all.get(y), Long.MAX_VALUE / 4).longValue();
			}
		}
		Map<String, Double> capacity = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(CAPACITY) && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
				capacity.put(name.substring(CAPACITY.length()), number(name, values.get(0), 1e9));
			}
		});
		return new PrioritisationQuery(currency == null || currency.isBlank() ? null : currency.strip(), budget,
				capacity, percent(params, "scenarioBudget"), percent(params, "scenarioCapacity"), forced(params));
	}

	/**
	 * {@code force.<note id>=IN} keeps a note in every scenario, {@code OUT} keeps it
	 * out, empty leaves it to its decision; ids of notes that are not candidates are
	 * ignored.
	 */
	private static Map<Long, Boolean> forced(MultiValueMap<String, String> params) {
		Map<Long, Boolean> forced = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!name.startsWith(FORCE) || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
				return;
			}
			String id = name.substring(FORCE.length());
			String value = values.get(0).strip();
			if (!id.matches("\\d{1,15}") || !(value.equals("IN") || value.equals("OUT"))) {
				throw new RuleViolationException(name, "intake.prioritisation.error.force",
						name + " is IN or OUT for a note number");
			}
			forced.put(Long.valueOf(id), value.equals("IN"));
		});
		return forced;
	}

	private static int percent(MultiValueMap<String, String> params, String field) {
		String text = params.getFirst(field);
		if (text == null || text.isBlank()) {
			return 100;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value < 0 || value > 1000) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "intake.prioritisation.error.percent",
					field + " is a whole percentage from 0 to 1000");
		}
	}

	private static Double number(String field, String text, double max) {
		try {
			double value = Double.parseDouble(text.strip());
			if (!(value >= 0) || value > max) {
				throw new NumberFormatException();
			}
			return field.equals("budget") ? Math.floor(value) : value;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "intake.prioritisation.error.number",
					field + " is a number of zero or more");
		}
	}

}
