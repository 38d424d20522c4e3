package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation questionnaire of an event (questions rated 1 to 5 or answered in free
 * text, defined by the organisers), answered once per registered participant (a unique
 * key on the participant keeps it once even under concurrent answers), and its results:
 * the average and distribution of each rating, the free texts.
 */
@Service
public class EventEvaluations {

	/** How a question is answered. */
	public enum Kind {

		RATING, TEXT

	}

	public record Question(long id, int position, Kind kind, String text) {
	}

	/** One rating question's results: its average and how many gave each rating. */
	public record RatingResult(Question question, long answers, BigDecimal average, long[] distribution) {
	}

	public record Results(long evaluations, List<RatingResult> ratings, Map<Question, List<String>> texts) {
	}

	private final EventAccess access;

	private final RegistrationService registrations;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	EventEvaluations(EventAccess access, RegistrationService registrations, AuditTrail audit, JdbcClient jdbc) {
		this.access = access;
		this.registrations = registrations;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	public Question addQuestion(Actor actor, long eventId, Kind kind, String text) {
		this.access.organised(actor, eventId);
		if (kind == null) {
			throw new RuleViolationException("questionKind", "events.error.required", "is required");
		}
		if (text == null || text.isBlank()) {
			throw new RuleViolationException("questionText", "events.error.required", "is required");
		}
		if (answered(eventId) > 0) {
			throw new RuleViolationException("questionText", "events.error.questionnaireAnswered",
					"the questionnaire has answers already");
		}
		int position = questions(eventId).size() + 1;
		this.jdbc.sql("insert into events_question (event_id, position, kind, text) values (?, ?, ?, ?)")
			.params(eventId, position, kind.name(), text.strip())
			.update();
		Question question = questions(eventId).get(position - 1);
		this.audit.record(new AuditRecord("event.question-added", EventAccess.EVENT, String.valueOf(eventId),
				Classification.RESTRICTED, null, null, Map.of("kind", kind.name(), "text", question.text())));
		return question;
	}

	@Transactional(readOnly = true)
	public List<Question> questions(long eventId) {
		return this.jdbc
			.sql("select id, position, kind, text from events_question where event_id = ? order by position")
			.param(eventId)
			.query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), Kind.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
	}

	/**
	 * Answers the questionnaire for a participant: the participant themselves, or an
	 * organiser typing in a paper form. Once only.
	 * @param ratings the rating of each rating question (1 to 5), by question id
	 * @param texts the free text of each text question, by question id
	 */
	@Transactional
	public void answer(Actor actor, long participantId, Map<Long, Integer> ratings, Map<Long, String> texts) {
		Participant participant = this.registrations.participant(actor, participantId);
		Event event = this.access.visible(actor, participant.eventId());
		boolean self = participant.personId() != null && participant.personId() == actor.id();
		if (!self && !this.access.mayOrganise(actor, event)) {
			throw new AccessDeniedException("a participant answers their own evaluation");
		}
		if (participant.status() != Participant.Status.REGISTERED) {
			throw new RuleViolationException("participant", "events.error.notRegistered",
					"only registered participants answer");
		}
		List<Question> questions = questions(event.id());
		if (questions.isEmpty()) {
			throw new RuleViolationException("questions", "events.error.noQuestionnaire",
					"the event has no questionnaire");
		}
		if (hasAnswered(participantId)) {
			throw alreadyAnswered();
		}
		for (Question q : questions) {
			if (q.kind() == Kind.RATING) {
				Integer r = ratings == null ? null : ratings.get(q.id());
				if (r == null || r < 1 || r > 5) {
					throw new RuleViolationException("rating-" + q.id(), "events.error.rating",
							"choose a rating from 1 to 5", q.text());
				}
			}
		}
		try {
			this.jdbc.sql("insert into events_evaluation (event_id, participant_id, answered_at) values (?, ?, ?)")
				.params(event.id(), participantId, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw alreadyAnswered();
		}
		long evaluationId = this.jdbc.sql("select id from events_evaluation where participant_id = ?")
			.param(participantId)
			.query(Long.class)
			.single();
		for (Question q : questions) {
			Integer rating = q.kind() == Kind.RATING ? ratings.get(q.id()) : null;
			String text = q.kind() == Kind.TEXT && texts != null ? blank(texts.get(q.id())) : null;
			if (rating != null || text != null) {
				this.jdbc
					.sql("insert into events_answer (evaluation_id, question_id, rating, text) values (?, ?, ?, ?)")
					.params(evaluationId, q.id(), rating, text)
					.update();
			}
		}
		this.audit.record(new AuditRecord("event.evaluation-answered", EventAccess.EVENT, String.valueOf(event.id()),
				Classification.RESTRICTED, null, null, Map.of("participantId", participantId)));
	}

	private static RuleViolationException alreadyAnswered() {
		return new RuleViolationException("participant", "events.error.alreadyAnswered",
				"the evaluation was answered already");
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Transactional(readOnly = true)
	public boolean hasAnswered(long participantId) {
		return this.jdbc.sql("select count(*) from events_evaluation where participant_id = ?")
			.param(participantId)
			.query(Long.class)
			.single() > 0;
	}

	private long answered(long eventId) {
		return this.jdbc.sql("select count(*) from events_evaluation where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
	}

	/** The results, for those who organise the event. */
	@Transactional(readOnly = true)
	public Results results(Actor actor, long eventId) {
		this.access.organised(actor, eventId);
		List<Question> questions = questions(eventId);
		List<RatingResult> ratings = new ArrayList<>();
		Map<Question, List<String>> texts = new LinkedHashMap<>();
		for (Question q : questions) {
			if (q.kind() == Kind.RATING) {
				long[] distribution = new long[5];
				this.jdbc.sql("select rating, count(*) from events_answer where question_id = ? group by rating")
					.param(q.id())
					.query((rs, n) -> {
						int r = rs.getInt(1);
						if (r >= 1 && r <= 5) {
							distribution[r - 1] = rs.getLong(2);
						}
						return null;
					})
					.list();
				long count = 0;
				long sum = 0;
				for (int i = 0; i < 5; i++) {
					count += distribution[i];
					sum += distribution[i] * (i + 1);
				}
				BigDecimal average = count == 0 ? null
						: BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
				ratings.add(new RatingResult(q, count, average, distribution));
			}
			else {
				texts.put(q, this.jdbc.sql(
						"select text from events_answer where question_id = ? and text is not null order by evaluation_id")
					.param(q.id())
					.query(String.class)
					.list());
			}
		}
		return new Results(answered(eventId), ratings, texts);
	}

}
