package org.agilepmo.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The network a login attempt comes from, as throttling counts it: an IPv4 address as it
 * is, an IPv6 address by its /64 (one customer's allocation, whose addresses an attacker
 * can change at will).
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String network(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		if (address.indexOf(':') < 0) {
			return address.trim();
		}
		try {
			byte[] bytes = InetAddress.getByName(address.trim()).getAddress();
			if (bytes.length == 16) {
				byte[] prefix = Arrays.copyOf(bytes, 16);
				Arrays.fill(prefix, 8, 16, (byte) 0);
				return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException | SecurityException ex) {
			return address.trim();
		}
	}

}
