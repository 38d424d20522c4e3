package org.agilepmo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PSPLIB single-mode instance as written in its {@code .sm} file: per job (the dummy
 * source and sink included, numbered from 0) its duration, successors and demand per
 * renewable resource, and each resource's capacity. The engine's {@code Psplib} reads the
 * same file into a levelling problem; this is the plain form other tools' models and file
 * conversions are built from.
 */
public record PsplibFile(int[] duration, int[][] successors, int[][] demand, int[] capacity) {

	/** The sum of the durations: a makespan every instance can reach. */
	public int horizon() {
		int sum = 0;
		for (int d : this.duration) {
			sum += d;
		}
		return sum;
	}

	public int jobs() {
		return this.duration.length;
	}

	/** Reads jobs, successors, durations, demands and capacities of a PSPLIB .sm file. */
	public static PsplibFile read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		int jobs = -1;
		int resources = -1;
		int at = 0;
		for (; at < lines.size(); at++) {
			String l = lines.get(at);
			if (l.startsWith("jobs (incl. supersource/sink )")) {
				jobs = Integer.parseInt(l.substring(l.indexOf(':') + 1).trim());
			}
			else if (l.trim().startsWith("- renewable")) {
				resources = Integer.parseInt(l.substring(l.indexOf(':') + 1).trim().split("\\s+")[0]);
			}
			else if (l.startsWith("PRECEDENCE RELATIONS")) {
				break;
			}
		}
		if (jobs < 0 || resources < 0 || at >= lines.size()) {
			throw new IOException(file + ": not a PSPLIB single-mode file");
		}
		int[][] successors = new int[jobs][];
		at += 2;
		for (int j = 0; j < jobs; j++, at++) {
			int[] f = ints(lines.get(at));
			int count = f[2];
			successors[f[0] - 1] = new int[count];
			for (int s = 0; s < count; s++) {
				successors[f[0] - 1][s] = f[3 + s] - 1;
			}
		}
		while (!lines.get(at).startsWith("REQUESTS/DURATIONS")) {
			at++;
		}
		at += 3;
		int[] duration = new int[jobs];
		int[][] demand = new int[jobs][resources];
		for (int j = 0; j < jobs; j++, at++) {
			int[] f = ints(lines.get(at));
			duration[f[0] - 1] = f[2];
			for (int k = 0; k < resources; k++) {
				demand[f[0] - 1][k] = f[3 + k];
			}
		}
		while (!lines.get(at).startsWith("RESOURCEAVAILABILITIES")) {
			at++;
		}
		int[] capacity = ints(lines.get(at + 2));
		return new PsplibFile(duration, successors, demand, capacity);
	}

	private static int[] ints(String line) {
		List<Integer> out = new ArrayList<>();
		for (String f : line.trim().split("\\s+")) {
			if (f.matches("\\d+")) {
				out.add(Integer.parseInt(f));
			}
		}
		return out.stream().mapToInt(Integer::intValue).toArray();
	}

}
