package org.agilepmo.identity.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Accounts", description = "People's accounts, roles and screening levels (administrators)")
class AccountApiController {

	private final AccountManagement accounts;

	AccountApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Every account, by name")
	List<AccountDetails> list() {
		return this.accounts.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	ResponseEntity<AccountDetails> get(@PathVariable long id) {
		AccountDetails account = this.accounts.details(id);
		return ETags.ok(account, account.version());
	}

	@PostMapping
	@Operation(summary = "Create an account with an initial password")
	ResponseEntity<AccountDetails> create(@Valid @RequestBody CreateAccount body) {
		var created = this.accounts
			.create(new NewAccount(body.username(), body.displayName(), body.email(), body.password(), body.screening(),
					body.roles() == null ? Set.of(GlobalRole.MEMBER) : body.roles(), false));
		AccountDetails details = this.accounts.details(created.id());
		return ETags.created("/api/v1/accounts/" + details.id(), details, details.version());
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change name, e-mail, screening, roles or whether the account may sign in; needs If-Match")
	ResponseEntity<AccountDetails> update(@PathVariable long id, @Valid @RequestBody ChangeAccount body,
			@IfMatch long version) {
		AccountDetails updated = this.accounts.update(id, version,
				new AccountChange(body.displayName(), body.email(), body.screening(), body.roles(), body.enabled()));
		return ETags.ok(updated, updated.version());
	}

	record CreateAccount(@NotBlank @Size(min = 3, max = 60) String username,
			@NotBlank @Size(max = 120) String displayName, @Email @Size(max = 160) String email,
			@NotBlank @Size(max = 200) String password, @NotNull ScreeningLevel screening, Set<GlobalRole> roles) {
	}

	record ChangeAccount(@Size(min = 1, max = 120) String displayName, @Email @Size(max = 160) String email,
			ScreeningLevel screening, Set<GlobalRole> roles, Boolean enabled) {
	}

}
