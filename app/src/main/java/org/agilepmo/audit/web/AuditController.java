package org.agilepmo.audit.web;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.CurrentActor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page: filter, page through, and check the chain. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','AUDITOR')")
class AuditController {

	private final AuditTrail trail;

	private final TrailWords words;

	AuditController(AuditTrail trail, TrailWords words) {
		this.trail = trail;
		this.words = words;
	}

	@GetMapping("/audit")
	String browse(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(AuditApiController.blankToNull(entityType),
				AuditApiController.blankToNull(entityId), AuditApiController.blankToNull(actor), page, 50);
		var reader = CurrentActor.require();
		var screening = reader.screening();
		long total = this.trail.count(screening, query);
		model.addAttribute("lines", this.words.lines(this.trail.browse(screening, query), reader));
		model.addAttribute("kinds", this.words.kinds());
		model.addAttribute("query", query);
		model.addAttribute("total", total);
		model.addAttribute("pages", Math.max(1, (total + query.size() - 1) / query.size()));
		return "audit/trail";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.trail.verify());
		return "audit/verification";
	}

}
