package org.agilepmo.partners.web;

import java.time.LocalDate;

import org.agilepmo.partners.internal.PartnerContact;

import org.springframework.format.annotation.DateTimeFormat;

/** The contact form: every field, replaced as a whole. */
public class ContactForm {

	private String name;

	private String role;

	private String country;

	private String languages;

	private String email;

	private String phone;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate retainUntil;

	private long version;

	static ContactForm of(PartnerContact c) {
		ContactForm f = new ContactForm();
		f.name = c.name();
		f.role = c.role();
		f.country = c.country();
		f.languages = c.languages();
		f.email = c.email();
		f.phone = c.phone();
		f.retainUntil = c.retainUntil();
		f.version = c.version();
		return f;
	}

	PartnerContact.Draft draft() {
		return new PartnerContact.Draft(this.name, this.role, this.country, this.languages, this.email, this.phone,
				this.retainUntil);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getLanguages() {
		return this.languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public LocalDate getRetainUntil() {
		return this.retainUntil;
	}

	public void setRetainUntil(LocalDate retainUntil) {
		this.retainUntil = retainUntil;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
