package org.agilepmo.engine.levelling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a single-mode instance of PSPLIB (Kolisch and Sprecher 1996, "PSPLIB — A project
 * scheduling problem library", EJOR 96) in its {@code .sm} format: job k becomes activity
 * k − 1, every period works, capacities are constant, links are finish-to-start without
 * lag.
 */
public final class Psplib {

	private Psplib() {
	}

	/** Parses the text of an {@code .sm} file. */
	public static LevellingProblem parse(String text) {
		String[] lines = text.split("\\R");
		int jobs = -1;
		int resources = -1;
		int at = 0;
		for (; at < lines.length; at++) {
			String line = lines[at];
			if (line.startsWith("jobs (incl. supersource/sink )")) {
				jobs = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
			}
			else if (line.trim().startsWith("- renewable")) {
				resources = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim().split("\\s+")[0]);
			}
			else if (line.startsWith("PRECEDENCE RELATIONS")) {
				break;
			}
		}
		if (jobs <= 0 || resources < 0) {
			throw new IllegalArgumentException("Not a PSPLIB .sm file: no job or resource count");
		}
		int[][] successors = new int[jobs][];
		at += 2;
		for (int j = 0; j < jobs; j++, at++) {
			int[] f = numbers(lines[at]);
			int count = f[2];
			successors[f[0] - 1] = new int[count];
			for (int s = 0; s < count; s++) {
				successors[f[0] - 1][s] = f[3 + s] - 1;
			}
		}
		while (!lines[at].startsWith("REQUESTS/DURATIONS")) {
			at++;
		}
		at += 3;
		int[] duration = new int[jobs];
		int[][] demand = new int[jobs][resources];
		for (int j = 0; j < jobs; j++, at++) {
			int[] f = numbers(lines[at]);
			duration[f[0] - 1] = f[2];
			for (int k = 0; k < resources; k++) {
				demand[f[0] - 1][k] = f[3 + k];
			}
		}
		while (!lines[at].startsWith("RESOURCEAVAILABILITIES")) {
			at++;
		}
		int[] capacity = numbers(lines[at + 2]);
		LevellingProblem.Builder b = LevellingProblem.builder(resources, 0);
		for (int j = 0; j < jobs; j++) {
			b.activity(duration[j]);
			for (int k = 0; k < resources; k++) {
				b.demand(j, k, demand[j][k]);
			}
		}
		for (int k = 0; k < resources; k++) {
			b.capacity(k, capacity[k]);
		}
		for (int j = 0; j < jobs; j++) {
			for (int s : successors[j]) {
				b.finishToStart(j, s);
			}
		}
		return b.build();
	}

	public static LevellingProblem read(Path file) throws IOException {
		return parse(Files.readString(file));
	}

	private static int[] numbers(String line) {
		String[] parts = line.trim().split("\\s+");
		List<Integer> out = new ArrayList<>();
		for (String part : parts) {
			if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
				out.add(Integer.parseInt(part));
			}
		}
		int[] result = new int[out.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = out.get(i);
		}
		return result;
	}

}
