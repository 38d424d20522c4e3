package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agilepmo.shared.RuleViolationException;

/**
 * Reads a backlog from CSV: this platform's own columns or Jira's CSV export (Issue key,
 * Issue id, Summary, Issue Type, Status or Status Category, Story Points or Custom field
 * (Story Points) / (Story point estimate), Parent or Parent id, Labels repeated once per
 * label, Description, Custom field (Acceptance Criteria), Assignee: a username or a
 * person's display name). Quoted fields may hold commas, quotes and line breaks (RFC
 * 4180). A wrong value fails the whole file with the row (as a spreadsheet numbers it,
 * the header being row 1) and the column it is in.
 */
public final class BacklogCsv {

	public static final int MAX_ROWS = 5000;

	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("issue key", "key"),
			Map.entry("key", "key"), Map.entry("issue id", "id"), Map.entry("summary", "title"),
			Map.entry("title", "title"), Map.entry("issue type", "type"), Map.entry("type", "type"),
			Map.entry("status", "status"), Map.entry("status category", "statusCategory"),
			Map.entry("story points", "points"), Map.entry("custom field (story points)", "points"),
			Map.entry("custom field (story point estimate)", "points"), Map.entry("points", "points"),
			Map.entry("parent", "parent"), Map.entry("parent id", "parent"), Map.entry("labels", "labels"),
			Map.entry("label", "labels"), Map.entry("description", "description"),
			Map.entry("acceptance criteria", "criteria"), Map.entry("custom field (acceptance criteria)", "criteria"),
			Map.entry("assignee", "assignee"));

	private BacklogCsv() {
	}

	/** One row of the file, checked and translated. */
	public record Row(int row, String key, String id, ItemType type, String title, String description,
			String acceptanceCriteria, Integer points, String parent, Set<String> labels, Category category,
			Map<String, String> headerOf, String assignee) {

		/** The column a draft field came from, to name it in an error. */
		public String columnOf(String field) {
			return this.headerOf.getOrDefault(field, field);
		}

	}

	public static List<Row> read(String text) {
		List<List<String>> records = records(text);
		if (records.isEmpty()) {
			throw new RuleViolationException("file", "delivery.import.empty", "the file is empty");
		}
		List<String> header = records.get(0);
		String[] field = new String[header.size()];
		java.util.HashMap<String, String> headerOf = new java.util.HashMap<>();
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c).strip().replace("\uFEFF", "");
			field[c] = HEADERS.get(name.toLowerCase(Locale.ROOT));
			if (field[c] != null) {
				headerOf.putIfAbsent(field[c], name);
			}
		}
		if (!headerOf.containsKey("title")) {
			throw new RuleViolationException("file", "delivery.import.noSummary",
					"row 1: the header needs a Summary (or title) column");
		}
		if (!headerOf.containsKey("type")) {
			throw new RuleViolationException("file", "delivery.import.noType",
					"row 1: the header needs an Issue Type (or type) column");
		}
		if (records.size() - 1 > MAX_ROWS) {
			throw new RuleViolationException("file", "delivery.import.tooManyRows", "at most 5000 rows at once",
					MAX_ROWS);
		}
		List<Row> rows = new ArrayList<>();
		Map<String, String> headers = Map.copyOf(headerOf);
		for (int r = 1; r < records.size(); r++) {
			List<String> values = records.get(r);
			if (values.stream().allMatch(String::isBlank)) {
				continue;
			}
			rows.add(row(r + 1, field, header, values, headers));
		}
		return rows;
	}

	private static Row row(int number, String[] field, List<String> header, List<String> values,
			Map<String, String> headers) {
		String key = null;
		String id = null;
		ItemType type = null;
		String title = null;
		String description = null;
		String criteria = null;
		Integer points = null;
		String parent = null;
		String assignee = null;
		String status = null;
		String statusColumn = null;
		Category statusCategory = null;
		Set<String> labels = new LinkedHashSet<>();
		for (int c = 0; c < Math.min(field.length, values.size()); c++) {
			String value = values.get(c).strip();
			if (field[c] == null || value.isEmpty()) {
				continue;
			}
			String column = header.get(c).strip();
			switch (field[c]) {
				case "key" -> key = value;
				case "id" -> id = value;
				case "title" -> title = value;
				case "description" -> description = value;
				case "criteria" -> criteria = value;
				case "parent" -> parent = value;
				case "assignee" -> assignee = value;
				case "type" -> type = type(value, number, column);
				case "status" -> {
					status = value;
					statusColumn = column;
				}
				case "statusCategory" -> statusCategory = status(value, number, column);
				case "points" -> points = points(value, number, column);
				case "labels" -> {
					for (String label : value.split("[ ,]+")) {
						if (!label.isBlank()) {
							labels.add(label);
						}
					}
				}
				default -> throw new IllegalStateException(field[c]);
			}
		}
		if (title == null) {
			throw bad(number, headers.get("title"), "delivery.import.required", "a value is required");
		}
		if (type == null) {
			throw bad(number, headers.get("type"), "delivery.import.required", "a value is required");
		}
		Category category = Category.TODO;
		if (statusCategory != null) {
			category = statusCategory;
		}
		else if (status != null) {
			category = status(status, number, statusColumn);
		}
		return new Row(number, key, id, type, title, description, criteria, points, parent, labels, category, headers,
				assignee);
	}

	private static ItemType type(String value, int row, String column) {
		return switch (value.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "")) {
			case "epic" -> ItemType.EPIC;
			case "feature" -> ItemType.FEATURE;
			case "story", "userstory" -> ItemType.STORY;
			case "task", "subtask", "technicaltask" -> ItemType.TASK;
			case "bug", "defect" -> ItemType.BUG;
			default -> throw bad(row, column, "delivery.import.type",
					"'" + value + "' is not Epic, Feature, Story, Task, Sub-task or Bug", value);
		};
	}

	private static Category status(String value, int row, String column) {
		return switch (value.toLowerCase(Locale.ROOT).replace("-", " ").replace("_", " ").strip()) {
			case "to do", "todo", "open", "new", "backlog", "selected for development", "ready", "reopened" ->
				Category.TODO;
			case "in progress", "in review", "review", "testing", "in test", "doing", "blocked" -> Category.IN_PROGRESS;
			case "done", "closed", "resolved", "complete", "completed" -> Category.DONE;
			default -> throw bad(row, column, "delivery.import.status",
					"'" + value + "' is not a known status (To Do, In Progress, Done, or add a Status Category column)",
					value);
		};
	}

	private static Integer points(String value, int row, String column) {
		try {
			double points = Double.parseDouble(value.replace(',', '.'));
			if (points < 0 || points > 1000 || points != Math.rint(points)) {
				throw bad(row, column, "delivery.import.points", "'" + value + "' is not a whole number from 0 to 1000",
						value);
			}
			return (int) points;
		}
		catch (NumberFormatException ex) {
			throw bad(row, column, "delivery.import.points", "'" + value + "' is not a whole number from 0 to 1000",
					value);
		}
	}

	/**
	 * An error naming the row and the column; the arguments are row, column, then the
	 * rest.
	 */
	static RuleViolationException bad(int row, String column, String key, String message, Object... more) {
		Object[] args = new Object[more.length + 2];
		args[0] = row;
		args[1] = column;
		System.arraycopy(more, 0, args, 2, more.length);
		return new RuleViolationException("row " + row + ", column " + column, key,
				"row " + row + ", column '" + column + "': " + message, args);
	}

	/**
	 * The records of an RFC 4180 file: quoted fields may hold commas, quotes and line
	 * breaks.
	 */
	static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						value.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					value.append(ch);
				}
				continue;
			}
			switch (ch) {
				case '"' -> {
					quoted = true;
					any = true;
				}
				case ',' -> {
					record.add(value.toString());
					value.setLength(0);
					any = true;
				}
				case '\r' -> {
				}
				case '\n' -> {
					record.add(value.toString());
					value.setLength(0);
					records.add(record);
					record = new ArrayList<>();
					any = false;
				}
				default -> {
					value.append(ch);
					any = true;
				}
			}
		}
		if (quoted) {
			throw new RuleViolationException("file", "delivery.import.unclosedQuote",
					"row " + (records.size() + 1) + ": a quoted value is never closed", records.size() + 1);
		}
		if (any || !value.isEmpty()) {
			record.add(value.toString());
			records.add(record);
		}
		return records;
	}

}
