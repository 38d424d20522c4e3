package org.agilepmo.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.quality.internal.WebhookIntake;
import org.agilepmo.quality.internal.WebhookIntake.Received;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks GitHub and GitLab call for a squad's integration. No session and no token:
 * the delivery proves itself (GitHub's X-Hub-Signature-256, GitLab's X-Gitlab-Token);
 * without the header it answers 400, with a wrong one 401.
 */
@RestController
@Tag(name = "Quality")
class QualityHooksController {

	private final WebhookIntake intake;

	QualityHooksController(WebhookIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/v1/quality/hooks/github/{id}")
	@Operation(summary = "GitHub webhook of an integration (deployment_status, push, issues labelled incident)")
	ResponseEntity<Received> gitHub(@PathVariable long id,
			@RequestHeader(name = "X-GitHub-Event", required = false) String event,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
			@RequestBody(required = false) byte[] payload) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.intake.fromGitHub(id, event, signature, payload == null ? new byte[0] : payload));
	}

	@PostMapping("/api/v1/quality/hooks/gitlab/{id}")
	@Operation(summary = "GitLab webhook of an integration (Deployment Hook, Push Hook)")
	ResponseEntity<Received> gitLab(@PathVariable long id,
			@RequestHeader(name = "X-Gitlab-Event", required = false) String event,
			@RequestHeader(name = "X-Gitlab-Token", required = false) String token,
			@RequestBody(required = false) byte[] payload) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.intake.fromGitLab(id, event, token, payload == null ? new byte[0] : payload));
	}

}
