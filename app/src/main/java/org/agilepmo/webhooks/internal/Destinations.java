package org.agilepmo.webhooks.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Where a webhook may go: http or https only, and only to public addresses. A host that
 * resolves to a loopback, private (10/8, 172.16/12, 192.168/16), shared (100.64/10),
 * link-local (169.254/16, fe80::/10), unique-local (fc00::/7), unspecified or multicast
 * address is refused, unless the administrator allowed the endpoint's private host. The
 * check is made on the addresses the host resolves to at the moment of each delivery, not
 * only when the endpoint is registered.
 */
@Component
public class Destinations {

	/** Why the address may not be used, or empty when it may. */
	public Optional<Refusal> check(String url, boolean allowPrivateAddress) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(new Refusal("webhooks.error.url.invalid", url));
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			return Optional.of(new Refusal("webhooks.error.url.invalid", url));
		}
		if (uri.getUserInfo() != null) {
			return Optional.of(new Refusal("webhooks.error.url.credentials", url));
		}
		if (allowPrivateAddress) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			return Optional.of(new Refusal("webhooks.error.url.unknownHost", uri.getHost()));
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of(new Refusal("webhooks.error.url.private", uri.getHost(), address.getHostAddress()));
			}
		}
		return Optional.empty();
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			boolean thisNetwork = first == 0;
			boolean shared = first == 100 && (second & 0xc0) == 64;
			boolean broadcast = first == 255;
			return !(thisNetwork || shared || broadcast);
		}
		if (address instanceof Inet6Address) {
			boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
			boolean siteLocal = (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0xc0;
			return !(uniqueLocal || siteLocal);
		}
		return true;
	}

	/** A refusal: its message key and what it names (the URL, the host, the address). */
	public record Refusal(String messageKey, Object... arguments) {

		/** The refusal in English, for the delivery log. */
		public String describe() {
			return switch (this.messageKey) {
				case "webhooks.error.url.private" ->
					"refused: " + this.arguments[0] + " resolves to the private address " + this.arguments[1];
				case "webhooks.error.url.unknownHost" -> "refused: the host " + this.arguments[0] + " is unknown";
				case "webhooks.error.url.credentials" -> "refused: the address carries a user name or password";
				default -> "refused: not an http or https address";
			};
		}

	}

}
