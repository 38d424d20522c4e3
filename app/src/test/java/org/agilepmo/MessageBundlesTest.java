package org.agilepmo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text exists in English, French, Spanish and Arabic: each bundle's
 * keys are the same in all four languages and in the fallback file, and no translation is
 * empty.
 */
class MessageBundlesTest {

	static final String[] LANGUAGES = { "en", "fr", "es", "ar" };

	@ParameterizedTest
	@ValueSource(strings = { "fr", "es", "ar", "en" })
	void everyBundleHasEveryKeyInTheLanguage(String language) throws IOException {
		Resource[] fallbacks = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		int checked = 0;
		for (Resource resource : fallbacks) {
			String name = resource.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			String bundle = name.substring(0, name.length() - ".properties".length());
			Properties base = load(resource);
			Resource translated = new PathMatchingResourcePatternResolver()
				.getResource("classpath:i18n/" + bundle + "_" + language + ".properties");
			assertThat(translated.exists()).as("i18n/%s_%s.properties exists", bundle, language).isTrue();
			Properties other = load(translated);
			Set<String> missing = new TreeSet<>(base.stringPropertyNames());
			missing.removeAll(other.stringPropertyNames());
			assertThat(missing).as("keys of i18n/%s missing in %s", bundle, language).isEmpty();
			Set<String> extra = new TreeSet<>(other.stringPropertyNames());
			extra.removeAll(base.stringPropertyNames());
			assertThat(extra).as("keys of i18n/%s_%s missing in the fallback bundle", bundle, language).isEmpty();
			for (String key : other.stringPropertyNames()) {
				assertThat(other.getProperty(key)).as("%s in %s_%s", key, bundle, language).isNotBlank();
			}
			checked++;
		}
		assertThat(checked).as("bundles checked").isGreaterThan(0);
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
