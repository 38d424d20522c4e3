package org.agilepmo.planning.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real schedules saved by MS Project and Primavera P6 in
 * {@code ../shared/data/schedules} beside the repository (provenance in its README). They
 * may not be committed, so the tests that read them skip with a message where the folder
 * is absent, unless {@code PMO_SHARED_DATA=required} (as in CI), where a missing folder
 * fails them.
 */
final class SharedSchedules {

	private SharedSchedules() {
	}

	static Path folder() {
		Path here = Paths.get("").toAbsolutePath();
		for (Path p = here; p != null; p = p.getParent()) {
			if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("engine"))) {
				return p.resolve("../shared/data/schedules").normalize();
			}
		}
		return here.resolve("../../shared/data/schedules").normalize();
	}

	static void requireOrSkip() {
		String message = "No shared schedules at " + folder()
				+ " (the real MS Project and P6 files, kept outside the repository)";
		if ("required".equals(System.getenv("PMO_SHARED_DATA"))) {
			org.junit.jupiter.api.Assertions.assertTrue(Files.isDirectory(folder()), message);
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder()), message + ": conformance skipped");
	}

	/** The schedule files, MS Project ones first, by name. */
	static List<Path> files() throws IOException {
		try (Stream<Path> all = Files.walk(folder())) {
			return all.filter(Files::isRegularFile).filter(p -> {
				String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
				return name.endsWith(".xml") || name.endsWith(".mpp") || name.endsWith(".xer") || name.endsWith(".mpx")
						|| name.endsWith(".pmxml");
			}).sorted((a, b) -> {
				int family = Boolean.compare(isPrimavera(a), isPrimavera(b));
				return (family != 0) ? family : a.toString().compareTo(b.toString());
			}).toList();
		}
	}

	static boolean isPrimavera(Path file) {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".xer") || name.endsWith(".pmxml");
	}

}
