package org.agilepmo.resources.internal;

import java.util.List;

/**
 * A squad's target composition against the people allocated to it on a day: per skill,
 * how many are wanted at which level, how many are there, and the gap.
 */
public record SquadComposition(long squadId, String squadName, Long tribeId, String tribeName, List<Line> lines) {

	public int gap() {
		return this.lines.stream().mapToInt(Line::gap).sum();
	}

	public record Line(long targetId, long version, long skillId, String skillName, int minLevel, int headcount,
			List<String> people) {

		public int filled() {
			return Math.min(this.headcount, this.people.size());
		}

		public int gap() {
			return Math.max(0, this.headcount - this.people.size());
		}

	}

}
