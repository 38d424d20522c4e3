package org.agilepmo.webhooks.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;

/**
 * Where an administrator wants the platform's facts sent: a URL, the event types it
 * hears, its signing secret, the classification it is cleared for (as a person's
 * screening level), and whether its host may be on a private or loopback address.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private String url;

	private String description;

	@Column(nullable = false)
	private String secret;

	@Column(name = "event_types", nullable = false)
	private String eventTypes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ScreeningLevel clearance;

	@Column(name = "allow_private_address", nullable = false)
	private boolean allowPrivateAddress;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected WebhookEndpoint() {
	}

	WebhookEndpoint(String url, String description, String secret, Set<String> eventTypes, ScreeningLevel clearance,
			boolean allowPrivateAddress, Instant createdAt) {
		this.secret = secret;
		this.createdAt = createdAt;
		this.active = true;
		configure(url, description, eventTypes, clearance, allowPrivateAddress);
	}

	void configure(String url, String description, Set<String> eventTypes, ScreeningLevel clearance,
			boolean allowPrivateAddress) {
		this.url = url;
		this.description = description;
		this.eventTypes = String.join(",", new TreeSet<>(eventTypes));
		this.clearance = clearance;
		this.allowPrivateAddress = allowPrivateAddress;
	}

	void activate(boolean on) {
		this.active = on;
	}

	/** Whether the endpoint hears an event of this type and classification. */
	boolean hears(String type, Classification classification) {
		return this.active && eventTypes().contains(type) && this.clearance.clears(classification);
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String url() {
		return this.url;
	}

	public String description() {
		return this.description;
	}

	String secret() {
		return this.secret;
	}

	/** The start of the secret, to recognise it without showing it. */
	public String secretHint() {
		return this.secret.substring(0, Math.min(10, this.secret.length())) + "…";
	}

	public Set<String> eventTypes() {
		return new TreeSet<>(Arrays.asList(this.eventTypes.split(",")));
	}

	public ScreeningLevel clearance() {
		return this.clearance;
	}

	public boolean allowPrivateAddress() {
		return this.allowPrivateAddress;
	}

	public boolean active() {
		return this.active;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** What the audit trail keeps: never the secret. */
	Map<String, Object> state() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("url", this.url);
		state.put("description", this.description);
		state.put("eventTypes", List.copyOf(eventTypes()));
		state.put("clearance", this.clearance.name());
		state.put("allowPrivateAddress", this.allowPrivateAddress);
		state.put("active", this.active);
		return state;
	}

}
