package org.agilepmo.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Someone invited: a person with an account ({@code personId}), or an external contact
 * known by name and e-mail address only.
 */
@Embeddable
public class Participant {

	@Column(name = "person_id")
	private Long personId;

	private String name;

	private String email;

	protected Participant() {
	}

	private Participant(Long personId, String name, String email) {
		this.personId = personId;
		this.name = name;
		this.email = email;
	}

	public static Participant person(long personId) {
		return new Participant(personId, null, null);
	}

	public static Participant external(String name, String email) {
		return new Participant(null, name, email);
	}

	public Long personId() {
		return this.personId;
	}

	public String name() {
		return this.name;
	}

	public String email() {
		return this.email;
	}

	public boolean isExternal() {
		return this.personId == null;
	}

	@Override
	public String toString() {
		return isExternal() ? this.name + " <" + this.email + ">" : "person:" + this.personId;
	}

}
