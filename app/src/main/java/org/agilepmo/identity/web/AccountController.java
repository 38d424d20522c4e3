package org.agilepmo.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.AccountManagement.IssuedToken;
import org.agilepmo.identity.ApiTokenView;
import org.agilepmo.identity.TokenDirectory;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own account page: who they are, and their personal API tokens. */
@Controller
class AccountController {

	private final AccountManagement accounts;

	private final TokenDirectory tokens;

	AccountController(AccountManagement accounts, TokenDirectory tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String show(Model model) {
		Actor me = CurrentActor.require();
		model.addAttribute("me", me);
		model.addAttribute("tokens", this.tokens.tokensOf(me.id()));
		return "identity/account";
	}

	@PostMapping("/account/tokens")
	String issue(@RequestParam(defaultValue = "") String name, Model model) {
		Actor me = CurrentActor.require();
		try {
			IssuedToken issued = this.accounts.issueToken(me.id(), name);
			model.addAttribute("issued", issued);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("nameError", ex.messageKey());
		}
		return show(model);
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, HttpServletResponse response) {
		try {
			this.accounts.changeOwnPassword(CurrentActor.require().id(), currentPassword, newPassword);
			return "redirect:/account?passwordChanged";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("passwordField", ex.field());
			model.addAttribute("passwordError", ex.messageKey());
			model.addAttribute("passwordErrorArguments", ex.arguments());
			response.setStatus(422);
			return show(model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		this.accounts.revokeToken(CurrentActor.require().id(), id);
		return "redirect:/account";
	}

}
