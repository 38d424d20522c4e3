package org.agilepmo.knowledge.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;

/**
 * A line diff of two texts by java-diff-utils (Myers' algorithm): every line of both, in
 * order, marked as kept, removed or added, with its number in the old and the new text.
 */
public final class LineDiff {

	public enum Kind {

		SAME, REMOVED, ADDED

	}

	/** One line of the diff; a number is {@code 0} where the line is not in that text. */
	public record Line(Kind kind, int oldNumber, int newNumber, String text) {
	}

	private LineDiff() {
	}

	public static List<Line> of(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		Patch<String> patch = DiffUtils.diff(a, b);
		List<Line> result = new ArrayList<>();
		int oldPos = 0;
		int newPos = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			Chunk<String> source = delta.getSource();
			Chunk<String> target = delta.getTarget();
			while (oldPos < source.getPosition()) {
				result.add(new Line(Kind.SAME, oldPos + 1, newPos + 1, a.get(oldPos)));
				oldPos++;
				newPos++;
			}
			for (String line : source.getLines()) {
				result.add(new Line(Kind.REMOVED, ++oldPos, 0, line));
			}
			for (String line : target.getLines()) {
				result.add(new Line(Kind.ADDED, 0, ++newPos, line));
			}
			newPos = target.getPosition() + target.size();
			oldPos = source.getPosition() + source.size();
		}
		while (oldPos < a.size()) {
			result.add(new Line(Kind.SAME, oldPos + 1, newPos + 1, a.get(oldPos)));
			oldPos++;
			newPos++;
		}
		return result;
	}

	private static List<String> lines(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(text.split("\n", -1));
	}

}
