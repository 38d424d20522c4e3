package org.agilepmo.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agilepmo.identity.AccountDetails;
import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.AccountManagement.AccountChange;
import org.agilepmo.identity.AccountManagement.NewAccount;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.web.Pages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Administrators' pages for accounts: who may sign in, with which roles and screening.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdminController {

	private final AccountManagement accounts;

	private final Pages pages;

	AccountAdminController(AccountManagement accounts, Pages pages) {
		this.pages = pages;
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		return "identity/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		AccountForm form = new AccountForm();
		form.setScreening(ScreeningLevel.NONE);
		return form(model, form, null);
	}

	@PostMapping("/admin/accounts/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model) {
		return this.pages.submit(errors, model, () -> {
			var created = this.accounts.create(new NewAccount(form.getUsername(), form.getDisplayName(),
					form.getEmail(), form.getPassword(), form.getScreening(), form.roles(), false));
			return "redirect:/admin/accounts/" + created.id();
		}, () -> form(model, form, null));
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountDetails account = this.accounts.details(id);
		AccountForm form = new AccountForm();
		form.setUsername(account.username());
		form.setDisplayName(account.displayName());
		form.setEmail(account.email());
		form.setScreening(account.screening());
		form.setRoles(EnumSet.copyOf(account.roles()));
		form.setEnabled(account.enabled());
		form.setVersion(account.version());
		return form(model, form, account);
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			Model model) {
		AccountDetails current = this.accounts.details(id);
		return this.pages.submit(errors, model, () -> {
			this.accounts.update(id, form.getVersion(),
					new AccountChange(form.getDisplayName(), form.getEmail() == null ? "" : form.getEmail(),
							form.getScreening(), form.roles(), form.isEnabled()));
			return "redirect:/admin/accounts";
		}, () -> form(model, form, current));
	}

	private String form(Model model, AccountForm form, AccountDetails existing) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("screenings", ScreeningLevel.values());
		model.addAttribute("allRoles", GlobalRole.values());
		return "identity/account-form";
	}

	/** What the account form edits. */
	public static class AccountForm {

		@NotBlank
		@Size(min = 3, max = 60)
		private String username;

		@NotBlank
		@Size(max = 120)
		private String displayName;

		@Email
		@Size(max = 160)
		private String email;

		private String password;

		@NotNull
		private ScreeningLevel screening;

		private Set<GlobalRole> roles = EnumSet.of(GlobalRole.MEMBER);

		private boolean enabled = true;

		private long version;

		Set<GlobalRole> roles() {
			return this.roles == null || this.roles.isEmpty() ? EnumSet.of(GlobalRole.MEMBER) : this.roles;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public ScreeningLevel getScreening() {
			return this.screening;
		}

		public void setScreening(ScreeningLevel screening) {
			this.screening = screening;
		}

		public Set<GlobalRole> getRoles() {
			return this.roles;
		}

		public void setRoles(Set<GlobalRole> roles) {
			this.roles = roles;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
