package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What closing a sprint does with its items: finished ones stay in it and make its
 * completed points; every unfinished one is carried over (to the next planned sprint, or
 * back to the backlog).
 */
public record CarryOver(List<Long> finished, List<Long> carried, int completedPoints, int carriedPoints) {

	public record Card(long itemId, Integer points, Category category) {

	}

	public static CarryOver of(List<Card> cards) {
		List<Long> finished = new ArrayList<>();
		List<Long> carried = new ArrayList<>();
		int done = 0;
		int open = 0;
		for (Card c : cards) {
			int points = (c.points() == null) ? 0 : c.points();
			if (c.category() == Category.DONE) {
				finished.add(c.itemId());
				done += points;
			}
			else {
				carried.add(c.itemId());
				open += points;
			}
		}
		return new CarryOver(List.copyOf(finished), List.copyOf(carried), done, open);
	}

}
