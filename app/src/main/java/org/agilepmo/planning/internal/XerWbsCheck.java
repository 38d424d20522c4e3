package org.agilepmo.planning.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a Primavera XER file whose WBS elements are their own ancestors, before MPXJ
 * reads it: MPXJ's reader follows the parent references without a loop check and builds
 * WBS codes of unbounded length (found by {@code MpxjImportFuzzTest}).
 */
final class XerWbsCheck {

	private XerWbsCheck() {
	}

	private static void loopFrom(String id, Map<String, Set<String>> parents, Set<String> path, Set<String> done) {
		if (done.contains(id)) {
			return;
		}
		if (!path.add(id)) {
			throw new PlanImportException("WBS element " + id, "is inside itself (its parent_wbs_id chain loops)");
		}
		if (path.size() > 100_000) {
			throw new PlanImportException("WBS element " + id, "is nested too deeply");
		}
		for (String parent : parents.getOrDefault(id, Set.of())) {
			loopFrom(parent, parents, path, done);
		}
		path.remove(id);
		done.add(id);
	}

	static void check(byte[] content) {
		if (content.length < 6 || !new String(content, 0, 6, StandardCharsets.ISO_8859_1).equals("ERMHDR")) {
			return;
		}
		String text = new String(content, StandardCharsets.ISO_8859_1);
		Map<String, Set<String>> parents = new HashMap<>();
		boolean inWbs = false;
		int idColumn = -1;
		int parentColumn = -1;
		for (String line : text.split("\r?\n")) {
			String[] cells = line.split("\t", -1);
			switch (cells[0]) {
				case "%T" -> inWbs = cells.length > 1 && cells[1].strip().equals("PROJWBS");
				case "%F" -> {
					if (inWbs) {
						idColumn = -1;
						parentColumn = -1;
						for (int c = 1; c < cells.length; c++) {
							if (cells[c].equals("wbs_id")) {
								idColumn = c;
							}
							else if (cells[c].equals("parent_wbs_id")) {
								parentColumn = c;
							}
						}
					}
				}
				case "%R" -> {
					if (inWbs && idColumn > 0 && parentColumn > 0 && cells.length > Math.max(idColumn, parentColumn)) {
						String id = cells[idColumn].strip();
						String parent = cells[parentColumn].strip();
						if (!parent.isEmpty()) {
							parents.computeIfAbsent(id, k -> new HashSet<>()).add(parent);
						}
					}
				}
				default -> {
				}
			}
		}
		// A row may repeat an id with another parent; every edge counts.
		Set<String> done = new HashSet<>();
		for (String start : parents.keySet()) {
			loopFrom(start, parents, new HashSet<>(), done);
		}
	}

}
