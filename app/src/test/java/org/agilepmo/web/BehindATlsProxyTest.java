package org.agilepmo.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy: a request that a trusted proxy (here the loopback address) marks
 * {@code X-Forwarded-Proto: https} is seen as https, so it gets HSTS and a Secure session
 * cookie; the same request without the header is plain http and gets neither. The
 * production configuration makes the session cookie Secure; the demo's, served over http
 * on localhost, does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class BehindATlsProxyTest {

	@Value("${local.server.port}")
	int port;

	HttpResponse<String> login(String forwardedProto) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void aRequestForwardedAsHttpsByATrustedProxyGetsHstsAndASecureSessionCookie() throws Exception {
		HttpResponse<String> response = login("https");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
		List<String> cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(cookie -> {
			assertThat(cookie).containsIgnoringCase("; Secure");
			assertThat(cookie).containsIgnoringCase("; HttpOnly");
		});
	}

	@Test
	void aPlainHttpRequestGetsNeitherHstsNorASecureCookieUnderTheTestConfiguration() throws Exception {
		HttpResponse<String> response = login(null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
			.allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
	}

	@Test
	void productionMarksTheSessionCookieSecureAndTrustsOnlyConfiguredProxies() {
		Properties production = yaml("application.yml");
		assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
		assertThat(production.getProperty("server.forward-headers-strategy")).isEqualTo("native");
		assertThat(production.getProperty("server.tomcat.remoteip.internal-proxies")).contains("PMO_TRUSTED_PROXIES");
		assertThat(yaml("application-demo.yml").getProperty("server.servlet.session.cookie.secure")).isEqualTo("false");
	}

	private static Properties yaml(String name) {
		YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
		factory.setResources(new ClassPathResource(name));
		return factory.getObject();
	}

}
