package org.agilepmo.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.audit.ChainVerification;
import org.agilepmo.shared.CurrentActor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','AUDITOR')")
@Tag(name = "Audit", description = "The tamper-evident audit trail (auditors and administrators)")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@Operation(summary = "Entries the caller's screening clears, newest first")
	AuditPage browse(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		AuditQuery query = new AuditQuery(blankToNull(entityType), blankToNull(entityId), blankToNull(actor), page,
				size);
		var screening = CurrentActor.require().screening();
		long total = this.trail.count(screening, query);
		return new AuditPage(this.trail.browse(screening, query), query.page(), query.size(), total,
				(total + query.size() - 1) / query.size());
	}

	@GetMapping("/verify")
	@Operation(summary = "Check the whole hash chain; names the first broken entry")
	ChainVerification verify() {
		return this.trail.verify();
	}

	static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

	record AuditPage(List<AuditEntryView> items, int page, int size, long totalItems, long totalPages) {
	}

}
