package org.agilepmo.identity.web;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: the first call to make with a new token. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	@GetMapping
	Actor me() {
		return CurrentActor.require();
	}

}
