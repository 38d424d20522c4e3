package org.agilepmo.engine.portfolio;

import java.util.Objects;

/**
 * A named set of limits to compare, for example "budget 10 % lower".
 */
public record Scenario(String name, Limits limits) {

	public Scenario {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(limits, "limits");
	}

}
