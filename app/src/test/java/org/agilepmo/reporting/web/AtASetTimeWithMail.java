package org.agilepmo.reporting.web;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.agilepmo.testsupport.PmoTest;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application at an instant the test sets ({@link SettableClock}), with e-mail
 * going to a real SMTP server on loopback (GreenMail): the tests of distribution and of
 * what falls due share this one context.
 */
@PmoTest
@Import(SettableClock.Config.class)
abstract class AtASetTimeWithMail {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		properties.add("pmo.mail.from", () -> "Agile PMO <pmo@example.org>");
		properties.add("pmo.mail.base-url", () -> "https://pmo.example.org/");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
