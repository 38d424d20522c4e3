package org.agilepmo.engine.schedule;

import java.util.Arrays;

/**
 * Orders activities so that every link points forward, by depth-first search over
 * predecessors (Tarjan, "Edge-disjoint spanning trees and depth-first search", 1976), or
 * reports a loop by the activities that form it. Roots are taken in activity order, so a
 * network entered predecessors-first keeps its order, which keeps the passes walking the
 * arrays nearly sequentially.
 */
final class TopologicalOrder {

	private static final byte NEW = 0;

	private static final byte OPEN = 1;

	private static final byte DONE = 2;

	private TopologicalOrder() {
	}

	/** The non-summary activities, each after all of its predecessors. */
	static int[] of(Network n) {
		byte[] state = new byte[n.count];
		int[] stack = new int[n.count];
		int[] next = new int[n.count];
		int[] order = new int[n.count];
		int count = 0;
		for (int root = 0; root < n.count; root++) {
			if (state[root] != NEW || n.kind[root] == ActivityKind.SUMMARY.ordinal()) {
				continue;
			}
			int top = 0;
			stack[0] = root;
			next[0] = n.predFirst[root];
			state[root] = OPEN;
			while (top >= 0) {
				int v = stack[top];
				int k = next[top];
				if (k < n.predFirst[v + 1]) {
					next[top] = k + 1;
					int p = n.linkPred[n.predLinks[k]];
					if (state[p] == NEW) {
						top++;
						stack[top] = p;
						next[top] = n.predFirst[p];
						state[p] = OPEN;
					}
					else if (state[p] == OPEN) {
						int from = top;
						while (stack[from] != p) {
							from--;
						}
						throw new ScheduleException("Dependency loop: " + describeLoop(n, stack, from, top),
								loopNames(n, stack, from, top));
					}
				}
				else {
					state[v] = DONE;
					order[count++] = v;
					top--;
				}
			}
		}
		return (count == order.length) ? order : Arrays.copyOf(order, count);
	}

	/**
	 * Each stack entry is a predecessor of the one below it, and the activity at
	 * {@code from} is a predecessor of the one at {@code top}: read downwards, that is
	 * the loop in link direction.
	 */
	private static java.util.List<String> loopNames(Network n, int[] stack, int from, int top) {
		java.util.List<String> names = new java.util.ArrayList<>();
		names.add(n.names[stack[from]]);
		for (int k = top; k > from; k--) {
			names.add(n.names[stack[k]]);
		}
		names.add(n.names[stack[from]]);
		return names;
	}

	private static String describeLoop(Network n, int[] stack, int from, int top) {
		StringBuilder message = new StringBuilder();
		int first = stack[from];
		message.append(n.ids[first]).append(" (").append(n.names[first]).append(')');
		for (int k = top; k > from; k--) {
			message.append(" -> ").append(n.ids[stack[k]]).append(" (").append(n.names[stack[k]]).append(')');
		}
		return message.append(" -> ").append(n.ids[first]).append(" (").append(n.names[first]).append(')').toString();
	}

}
