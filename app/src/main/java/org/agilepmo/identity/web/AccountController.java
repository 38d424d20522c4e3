package org.agilepmo.identity.web;

import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.AccountManagement.IssuedToken;
import org.agilepmo.identity.People;
import org.agilepmo.identity.TokenDirectory;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account page: who they are, and their personal API tokens. */
@Controller
class AccountController {

	private final AccountManagement accounts;

	private final TokenDirectory tokens;

	private final Pages pages;

	private final People people;

	AccountController(AccountManagement accounts, TokenDirectory tokens, Pages pages, People people) {
		this.pages = pages;
		this.people = people;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String show(Model model) {
		Actor me = CurrentActor.require();
		model.addAttribute("me", me);
		model.addAttribute("tokens", this.tokens.tokensOf(me.id()));
		model.addAttribute("mailLanguage",
				this.people.contact(me.id()).map(c -> c.language().getLanguage()).orElse("en"));
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		return "identity/account";
	}

	@PostMapping("/account/tokens")
	String issue(@ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Model model) {
		Actor me = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			IssuedToken issued = this.accounts.issueToken(me.id(), (form.getName() != null) ? form.getName() : "");
			model.addAttribute("issued", issued);
			return show(model);
		}, () -> show(model));
	}

	/** The name of a token to issue. */
	public static class TokenForm {

		private String name;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return this.pages.submit(binding, model, () -> {
			this.accounts.changeOwnPassword(CurrentActor.require().id(),
					(form.getCurrentPassword() != null) ? form.getCurrentPassword() : "",
					(form.getNewPassword() != null) ? form.getNewPassword() : "");
			this.pages.saved(redirect, "account.password.changed");
			return "redirect:/account";
		}, () -> show(model));
	}

	/** A person's own password change: the current password and the new one. */
	public static class PasswordForm {

		private String currentPassword;

		private String newPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

	}

	/** The language the platform writes to the person in outside a page (e-mail). */
	@PostMapping("/account/language")
	String chooseLanguage(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String language,
			RedirectAttributes redirect) {
		return this.pages.act(redirect, "/account", "account.language.chosen",
				() -> this.accounts.chooseLanguage(CurrentActor.require().id(), java.util.Locale.of(language)));
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		this.accounts.revokeToken(CurrentActor.require().id(), id);
		return "redirect:/account";
	}

}
