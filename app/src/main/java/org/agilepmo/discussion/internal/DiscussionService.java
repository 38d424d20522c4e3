package org.agilepmo.discussion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.discussion.internal.Views.AttachmentView;
import org.agilepmo.discussion.internal.Views.CommentView;
import org.agilepmo.discussion.internal.Views.Download;
import org.agilepmo.discussion.internal.Views.RevisionView;
import org.agilepmo.discussion.internal.Views.ThreadView;
import org.agilepmo.discussion.internal.Views.Upload;
import org.agilepmo.discussion.internal.Views.VersionView;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and attachments on any object, under the rule of the object's own module
 * ({@link ObjectAccess}). Every write is audited in its transaction; what concerns
 * someone (a mention, a comment after theirs) is published as an {@link Attention} in the
 * same transaction, so that the notification commits with the comment.
 */
@Service
@EnableConfigurationProperties(AttachmentSettings.class)
public class DiscussionService {

	static final String COMMENT = "comment";

	static final String ATTACHMENT = "attachment";

	private final Comments comments;

	private final Attachments attachments;

	private final AttachmentVersions versions;

	private final AttachmentContent content;

	private final FileTypes types;

	private final AttachmentSettings settings;

	private final ObjectAccess access;

	private final CommentRendering rendering;

	private final People people;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	DiscussionService(Comments comments, Attachments attachments, AttachmentVersions versions,
			AttachmentContent content, FileTypes types, AttachmentSettings settings, ObjectAccess access,
			CommentRendering rendering, People people, AuditTrail audit, ApplicationEventPublisher events) {
		this.comments = comments;
		this.attachments = attachments;
		this.versions = versions;
		this.content = content;
		this.types = types;
		this.settings = settings;
		this.access = access;
		this.rendering = rendering;
		this.people = people;
		this.audit = audit;
		this.events = events;
	}

	/** The object's comments (oldest first) and attachments; 404 when it is hidden. */
	@Transactional(readOnly = true)
	public ThreadView thread(ObjectRef ref, Actor actor) {
		ObjectCard card = this.access.requireVisible(ref, actor);
		boolean mayComment = this.access.mayComment(ref, actor);
		boolean mayAttach = this.access.mayAttach(ref, actor);
		List<Comment> found = this.comments.findByObjectKindAndObjectIdOrderByCreatedAtAscIdAsc(ref.kind(), ref.id());
		List<Attachment> files = this.attachments
			.findByObjectKindAndObjectIdAndRemovedAtIsNullOrderByFileNameAsc(ref.kind(), ref.id());
		Map<Long, List<AttachmentVersion>> byAttachment = versionsOf(files.stream().map(Attachment::id).toList());
		Set<Long> ids = new HashSet<>();
		found.forEach(c -> ids.add(c.authorId()));
		byAttachment.values().forEach(vs -> vs.forEach(v -> ids.add(v.uploadedBy())));
		Map<Long, PersonSummary> names = this.people.findAll(ids);
		List<CommentView> commentViews = found.stream().map(c -> view(c, actor, mayComment, names)).toList();
		List<AttachmentView> attachmentViews = files.stream()
			.map(a -> view(a, byAttachment.getOrDefault(a.id(), List.of()), mayAttach, names))
			.toList();
		return new ThreadView(card, commentViews, attachmentViews, mayComment, mayAttach,
				FileSize.of(this.settings.maxBytes().toBytes()));
	}

	/**
	 * Writes a comment; mentioned people and earlier commenters who may see it are told.
	 */
	@Transactional
	public CommentView comment(ObjectRef ref, Actor actor, String body) {
		ObjectCard card = this.access.requireComment(ref, actor);
		Instant now = this.clock.instant();
		Comment comment = this.comments.saveAndFlush(new Comment(ref, actor.id(), body, now));
		this.audit.record(new AuditRecord("comment.created", COMMENT, String.valueOf(comment.id()),
				card.classification(), "on " + ref.key(), null, snapshot(comment)));
		Set<Long> told = tellMentioned(ref, actor, comment.body(), Set.of());
		tellEarlierCommenters(ref, actor, told);
		return view(comment, actor, true, this.people.findAll(List.of(actor.id())));
	}

	/** The author rewrites their comment; people newly mentioned are told. */
	@Transactional
	public CommentView edit(long commentId, long version, Actor actor, String body) {
		Comment comment = this.comments.findById(commentId)
			.orElseThrow(() -> new NotFoundException(COMMENT, commentId));
		ObjectRef ref = comment.about();
		ObjectCard card = this.access.requireComment(ref, actor);
		Map<String, Object> before = snapshot(comment);
		String previous = comment.body();
		comment.edit(actor.id(), version, body, this.clock.instant());
		if (!comment.body().equals(previous)) {
			this.comments.flush();
			this.audit.record(new AuditRecord("comment.edited", COMMENT, String.valueOf(comment.id()),
					card.classification(), "on " + ref.key(), before, snapshot(comment)));
			tellMentioned(ref, actor, comment.body(), CommentRendering.mentionedUsernames(previous));
		}
		return view(comment, actor, true, this.people.findAll(List.of(comment.authorId())));
	}

	/**
	 * Its author or an administrator removes a comment; the thread says it was removed.
	 */
	@Transactional
	public CommentView remove(long commentId, long version, Actor actor) {
		Comment comment = this.comments.findById(commentId)
			.orElseThrow(() -> new NotFoundException(COMMENT, commentId));
		ObjectRef ref = comment.about();
		ObjectCard card = this.access.requireVisible(ref, actor);
		Map<String, Object> before = snapshot(comment);
		comment.remove(actor.id(), actor.has(GlobalRole.ADMINISTRATOR), version, this.clock.instant());
		this.comments.flush();
		this.audit.record(new AuditRecord("comment.removed", COMMENT, String.valueOf(comment.id()),
				card.classification(), "on " + ref.key(), before, snapshot(comment)));
		return view(comment, actor, this.access.mayComment(ref, actor),
				this.people.findAll(List.of(comment.authorId())));
	}

	/** The object, when the person may see it (404 otherwise). */
	@Transactional(readOnly = true)
	public ObjectCard object(ObjectRef ref, Actor actor) {
		return this.access.requireVisible(ref, actor);
	}

	/** The object a comment is on, when the person may see it (404 otherwise). */
	@Transactional(readOnly = true)
	public ObjectCard objectOfComment(long commentId, Actor actor) {
		Comment comment = this.comments.findById(commentId)
			.orElseThrow(() -> new NotFoundException(COMMENT, commentId));
		return this.access.requireVisible(comment.about(), actor);
	}

	/**
	 * Attaches a file, or a new version of the file of the same name on the object. Its
	 * type is read from its bytes; its size is counted as it is stored, whatever the
	 * upload claimed.
	 */
	@Transactional
	public AttachmentView upload(ObjectRef ref, Actor actor, Upload upload, long declaredSize) {
		ObjectCard card = this.access.requireAttach(ref, actor);
		long max = this.settings.maxBytes().toBytes();
		if (declaredSize > max) {
			throw new AttachmentTooLargeException(max);
		}
		String name = FileNames.safe(upload.fileName());
		String type = this.types.detect(open(upload.content()), name);
		Instant now = this.clock.instant();
		Attachment attachment = this.attachments
			.findByObjectKindAndObjectIdAndFileNameAndRemovedAtIsNull(ref.kind(), ref.id(), name)
			.orElseGet(() -> new Attachment(ref, name, now));
		int number = attachment.nextVersion();
		attachment = this.attachments.saveAndFlush(attachment);
		AttachmentVersion version = this.versions
			.saveAndFlush(new AttachmentVersion(attachment.id(), number, type, actor.id(), now));
		AttachmentContent.Stored stored = this.content.write(version.id(), open(upload.content()), max, () -> {
			throw new AttachmentTooLargeException(max);
		});
		if (stored.size() == 0) {
			throw new RuleViolationException("file", "discussion.attachment.empty", "The file is empty");
		}
		version.stored(stored.size(), stored.sha256());
		this.versions.flush();
		this.audit.record(new AuditRecord(number == 1 ? "attachment.created" : "attachment.version-added", ATTACHMENT,
				String.valueOf(attachment.id()), card.classification(), name + " on " + ref.key(), null,
				snapshot(attachment, version)));
		return view(attachment, versionsOf(List.of(attachment.id())).get(attachment.id()), true,
				this.people.findAll(List.of(actor.id())));
	}

	/** Removes an attached file (all its versions) from the object. */
	@Transactional
	public AttachmentView removeAttachment(long attachmentId, long version, Actor actor) {
		Attachment attachment = this.attachments.findById(attachmentId)
			.filter(a -> !a.isRemoved())
			.orElseThrow(() -> new NotFoundException(ATTACHMENT, attachmentId));
		ObjectCard card = this.access.requireAttach(attachment.about(), actor);
		attachment.remove(actor.id(), version, this.clock.instant());
		this.attachments.flush();
		List<AttachmentVersion> all = versionsOf(List.of(attachmentId)).get(attachmentId);
		this.audit.record(new AuditRecord("attachment.removed", ATTACHMENT, String.valueOf(attachmentId),
				card.classification(), attachment.fileName() + " on " + attachment.about().key(),
				snapshot(attachment, all.get(0)), null));
		return view(attachment, all, false, Map.of());
	}

	/** The object an attachment hangs on, when the person may see it (404 otherwise). */
	@Transactional(readOnly = true)
	public ObjectCard objectOfAttachment(long attachmentId, Actor actor) {
		return this.access.requireVisible(visibleAttachment(attachmentId).about(), actor);
	}

	/** An attachment's versions, when the person may see its object (404 otherwise). */
	@Transactional(readOnly = true)
	public AttachmentView attachment(long attachmentId, Actor actor) {
		Attachment attachment = visibleAttachment(attachmentId);
		this.access.requireVisible(attachment.about(), actor);
		List<AttachmentVersion> all = versionsOf(List.of(attachmentId)).get(attachmentId);
		Set<Long> ids = all.stream().map(AttachmentVersion::uploadedBy).collect(Collectors.toSet());
		return view(attachment, all, this.access.mayAttach(attachment.about(), actor), this.people.findAll(ids));
	}

	/**
	 * A version of an attached file (the latest when {@code number} is {@code null}), to
	 * be streamed; 404 when the person may not see the object it hangs on.
	 */
	@Transactional(readOnly = true)
	public Download download(long attachmentId, Integer number, Actor actor) {
		Attachment attachment = visibleAttachment(attachmentId);
		this.access.requireVisible(attachment.about(), actor);
		int wanted = (number == null) ? attachment.latestNumber() : number;
		AttachmentVersion version = this.versions.findByAttachmentIdAndNumber(attachmentId, wanted)
			.orElseThrow(() -> new NotFoundException("attachment version", attachmentId + "/" + wanted));
		return new Download(attachment.fileName(), version.contentType(), version.sizeBytes(), version.sha256(),
				this.content.open(version.id()));
	}

	private Attachment visibleAttachment(long attachmentId) {
		return this.attachments.findById(attachmentId)
			.filter(a -> !a.isRemoved())
			.orElseThrow(() -> new NotFoundException(ATTACHMENT, attachmentId));
	}

	/**
	 * Tells each person the body newly mentions (not the author) that they were
	 * mentioned, when they may see the object; answers whom it told.
	 */
	private Set<Long> tellMentioned(ObjectRef ref, Actor author, String body, Set<String> alreadyMentioned) {
		Set<Long> told = new LinkedHashSet<>();
		for (Map.Entry<String, PersonSummary> mentioned : this.rendering.mentionedPeople(body).entrySet()) {
			long personId = mentioned.getValue().id();
			if (alreadyMentioned.contains(mentioned.getKey()) || personId == author.id()) {
				continue;
			}
			if (maySee(personId, ref)) {
				this.events.publishEvent(new Attention(personId, ref, "mention", author.id()));
				told.add(personId);
			}
		}
		return told;
	}

	/** Those who commented on the object before follow it: they hear of a new comment. */
	private void tellEarlierCommenters(ObjectRef ref, Actor author, Set<Long> alreadyTold) {
		Set<Long> earlier = new LinkedHashSet<>();
		for (Comment c : this.comments.findByObjectKindAndObjectIdOrderByCreatedAtAscIdAsc(ref.kind(), ref.id())) {
			if (!c.isRemoved() && c.authorId() != author.id() && !alreadyTold.contains(c.authorId())) {
				earlier.add(c.authorId());
			}
		}
		for (long personId : earlier) {
			if (maySee(personId, ref)) {
				this.events.publishEvent(new Attention(personId, ref, "comment", author.id()));
			}
		}
	}

	private boolean maySee(long personId, ObjectRef ref) {
		return this.people.actorFor(personId).flatMap(a -> this.access.findVisible(ref, a)).isPresent();
	}

	private Map<Long, List<AttachmentVersion>> versionsOf(Collection<Long> attachmentIds) {
		if (attachmentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<AttachmentVersion>> byAttachment = new LinkedHashMap<>();
		for (AttachmentVersion v : this.versions.findByAttachmentIdInOrderByNumberDesc(attachmentIds)) {
			byAttachment.computeIfAbsent(v.attachmentId(), id -> new ArrayList<>()).add(v);
		}
		return byAttachment;
	}

	private CommentView view(Comment c, Actor reader, boolean mayComment, Map<Long, PersonSummary> names) {
		PersonSummary author = names.get(c.authorId());
		boolean own = c.authorId() == reader.id();
		if (c.isRemoved()) {
			return new CommentView(c.id(), c.version(), c.about(), c.authorId(), nameOf(author),
					author == null ? "" : author.username(), "", "", c.createdAt(), c.editedAt(), true, List.of(),
					false, false);
		}
		List<RevisionView> revisions = c.revisions()
			.stream()
			.map(r -> new RevisionView(r.body(), r.writtenAt(), r.replacedAt()))
			.toList();
		return new CommentView(c.id(), c.version(), c.about(), c.authorId(), nameOf(author),
				author == null ? "" : author.username(), c.body(), this.rendering.html(c.body()), c.createdAt(),
				c.editedAt(), false, revisions, own && mayComment, own || reader.has(GlobalRole.ADMINISTRATOR));
	}

	private static AttachmentView view(Attachment a, List<AttachmentVersion> all, boolean mayAttach,
			Map<Long, PersonSummary> names) {
		List<VersionView> versionViews = all.stream()
			.map(v -> new VersionView(v.number(), v.sizeBytes(), FileSize.of(v.sizeBytes()), v.contentType(),
					v.sha256(), v.uploadedBy(), nameOf(names.get(v.uploadedBy())), v.uploadedAt()))
			.toList();
		return new AttachmentView(a.id(), a.version(), a.about(), a.fileName(), versionViews, mayAttach);
	}

	private static String nameOf(PersonSummary person) {
		return (person == null) ? "" : person.displayName();
	}

	private static Map<String, Object> snapshot(Comment c) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("object", c.about().key());
		state.put("author", c.authorId());
		state.put("body", c.body());
		state.put("removed", c.isRemoved());
		return state;
	}

	private static Map<String, Object> snapshot(Attachment a, AttachmentVersion v) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("object", a.about().key());
		state.put("fileName", a.fileName());
		state.put("version", v.number());
		state.put("size", v.sizeBytes());
		state.put("contentType", v.contentType());
		state.put("sha256", v.sha256());
		state.put("removed", a.isRemoved());
		return state;
	}

	private static InputStream open(InputStreamSource source) {
		try {
			return source.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
