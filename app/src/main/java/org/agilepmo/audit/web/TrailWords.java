package org.agilepmo.audit.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectRef;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail in people's words: an entry's action as a sentence in the reader's
 * language ("Project: update"), the kind of object it concerns, and the object's name
 * when its module's {@link ObjectDirectory} shows it to the reader. An object the reader
 * may not see is named by its kind alone, never by its id.
 */
@Component
class TrailWords {

	/**
	 * The kinds of object the platform's modules write to the trail, in the order the
	 * filter offers them; kinds of modules' directories are added to these.
	 */
	static final List<String> KINDS = List.of("portfolio", "programme", "project", "concept-note", "scoring-criterion",
			"plan", "plan-activity", "plan-dependency", "plan-calendar", "plan-baseline", "stage-gate",
			"gate-signatory", "gate-template", "delivery-item", "delivery-sprint", "delivery-release",
			"delivery-action", "delivery-squad", "delivery-column", "org-unit", "account", "api-token");

	private final MessageSource messages;

	private final ObjectDirectories directories;

	TrailWords(MessageSource messages, ObjectDirectories directories) {
		this.messages = messages;
		this.directories = directories;
	}

	/** One line of the trail page. */
	record Line(AuditEntryView entry, String action, String kind, String name, String link) {
	}

	/** A kind the filter offers, with its name in the reader's language. */
	record Kind(String value, String label) {
	}

	List<Line> lines(List<AuditEntryView> entries, Actor reader) {
		List<Line> lines = new ArrayList<>(entries.size());
		for (AuditEntryView e : entries) {
			Optional<ObjectCard> card = card(e, reader);
			lines.add(new Line(e, action(e.action(), e.entityType()), kind(e.entityType()),
					card.map(ObjectCard::label).orElse(null), card.map(ObjectCard::link).orElse(null)));
		}
		return lines;
	}

	List<Kind> kinds() {
		Set<String> all = new LinkedHashSet<>(KINDS);
		all.addAll(this.directories.kinds());
		return all.stream()
			.map(k -> new Kind(k, kind(k)))
			.sorted(Comparator.comparing(Kind::label, java.text.Collator.getInstance(locale())))
			.toList();
	}

	/** The kind of object in the reader's language, e.g. "Backlog item". */
	String kind(String kind) {
		return this.messages.getMessage("audit.kind." + kind, null, humanised(kind), locale());
	}

	/**
	 * The action in the reader's language: its own message when it has one
	 * ({@code audit.action.project.stage-changed}), else the kind and the verb
	 * ({@code audit.verb.updated}) in the language's pattern.
	 */
	String action(String action, String kind) {
		Locale locale = locale();
		String own = this.messages.getMessage("audit.action." + action, null, null, locale);
		if (own != null) {
			return own;
		}
		String verb = action.startsWith(kind + ".") ? action.substring(kind.length() + 1)
				: action.substring(action.lastIndexOf('.') + 1);
		String verbText = this.messages.getMessage("audit.verb." + verb, null, humanised(verb), locale);
		return this.messages.getMessage("audit.actionPattern", new Object[] { kind(kind), verbText }, locale);
	}

	private Optional<ObjectCard> card(AuditEntryView e, Actor reader) {
		Optional<ObjectRef> ref = ObjectRef.of(e.entityType(), e.entityId());
		if (ref.isEmpty() || reader == null) {
			return Optional.empty();
		}
		return this.directories.findVisible(ref.get(), reader);
	}

	/** "stage-changed" as "Stage changed", for a word no bundle has yet. */
	private static String humanised(String code) {
		String words = code.replace('-', ' ').replace('.', ' ');
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
