package org.agilepmo.resources.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.RuleViolationException;

/** A public holiday of one country: nobody of that country works that day. */
@Entity
@Table(name = "resources_holiday")
public class Holiday {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String country;

	@Column(name = "holiday_date", nullable = false, updatable = false)
	private LocalDate day;

	@Column(nullable = false, updatable = false)
	private String name;

	protected Holiday() {
	}

	Holiday(String country, LocalDate day, String name) {
		if (country == null || !country.matches("[A-Za-z]{2}")) {
			throw new RuleViolationException("country", "resources.error.country",
					"country must be a two-letter country code");
		}
		if (day == null) {
			throw new RuleViolationException("day", "resources.error.required", "a day is required");
		}
		DateWindow.check("day", day);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new RuleViolationException("name", "resources.error.name", "a name of 1 to 200 characters");
		}
		this.country = country.toUpperCase(java.util.Locale.ROOT);
		this.day = day;
		this.name = name.strip();
	}

	public long id() {
		return this.id;
	}

	public String country() {
		return this.country;
	}

	public LocalDate day() {
		return this.day;
	}

	public String name() {
		return this.name;
	}

}
