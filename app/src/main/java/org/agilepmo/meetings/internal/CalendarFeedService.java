package org.agilepmo.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a secret random token (32 bytes, URL-safe Base64) that a
 * calendar application subscribes to without a session. Only its SHA-256 hash is stored;
 * the token is shown once. A revoked token, or one of a disabled account, finds nothing.
 */
@Service
public class CalendarFeedService {

	static final String ENTITY = "calendar-feed";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeeds feeds;

	private final MeetingService meetings;

	private final People people;

	private final AuditTrail audit;

	CalendarFeedService(CalendarFeeds feeds, MeetingService meetings, People people, AuditTrail audit) {
		this.feeds = feeds;
		this.meetings = meetings;
		this.people = people;
		this.audit = audit;
	}

	/** A new feed for the person; answers its token, shown once. */
	@Transactional
	public Created create(Actor actor) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		CalendarFeed feed = this.feeds.saveAndFlush(new CalendarFeed(actor.id(), hash(token), this.meetings.now()));
		this.audit.record(AuditRecord.created(ENTITY, feed.id(), Classification.PUBLIC, "person=" + actor.id()));
		return new Created(feed, token);
	}

	public record Created(CalendarFeed feed, String token) {
	}

	/** Revokes one of the person's feeds (another person's answers 404). */
	@Transactional
	public void revoke(Actor actor, long feedId) {
		CalendarFeed feed = this.feeds.findById(feedId)
			.filter(f -> f.personId() == actor.id())
			.orElseThrow(() -> new NotFoundException(ENTITY, feedId));
		if (!feed.isActive()) {
			return;
		}
		feed.revoke(this.meetings.now());
		this.feeds.saveAndFlush(feed);
		this.audit.record(new AuditRecord(ENTITY + ".revoked", ENTITY, String.valueOf(feedId), Classification.PUBLIC,
				null, "active", "revoked"));
	}

	@Transactional(readOnly = true)
	public List<CalendarFeed> active(Actor actor) {
		return this.feeds.findByPersonIdAndRevokedAtIsNull(actor.id());
	}

	/**
	 * The iCalendar of the meetings the token's owner attends; empty for an unknown or
	 * revoked token or a disabled account.
	 */
	@Transactional(readOnly = true)
	public Optional<String> calendar(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(hash(token))
			.filter(CalendarFeed::isActive)
			.flatMap(f -> this.people.actorFor(f.personId()))
			.filter(actor -> this.people.contact(actor.id()).isPresent())
			.map(actor -> CalendarDocuments.write("Agile PMO · " + actor.displayName(),
					this.meetings.attendedBy(actor.id()), this.people::contact, this.meetings.now()));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
