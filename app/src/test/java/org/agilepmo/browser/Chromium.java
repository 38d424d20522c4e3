package org.agilepmo.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, which downloads no browser of its own
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). The flags keep Chromium from reaching for the
 * internet.
 */
final class Chromium {

	static final Path EXECUTABLE = Paths.get(System.getenv().getOrDefault("PMO_CHROMIUM", "/usr/bin/chromium"));

	private Chromium() {
	}

	/**
	 * Skips the browser tests where no Chromium is installed, unless
	 * {@code PMO_BROWSER_TESTS=required} (as in CI), where a missing browser fails them.
	 */
	static void requireOrSkip() {
		String message = "No Chromium at " + EXECUTABLE + " (apt-get install chromium, as .ci/run does)";
		if ("required".equals(System.getenv("PMO_BROWSER_TESTS"))) {
			org.junit.jupiter.api.Assertions.assertTrue(isInstalled(), message);
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(isInstalled(), message + ": browser tests skipped");
	}

	static boolean isInstalled() {
		return Files.isExecutable(EXECUTABLE);
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

}
