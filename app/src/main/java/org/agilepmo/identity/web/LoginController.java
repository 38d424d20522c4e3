package org.agilepmo.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * The login page; after a failure, the seconds the next attempt must wait (only a
	 * number is shown, whatever the link says).
	 */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String throttled, @RequestParam(required = false) String wait,
			Model model) {
		model.addAttribute("waitSeconds", seconds(throttled != null ? throttled : wait));
		return "identity/login";
	}

	private static Long seconds(String text) {
		if (text == null || !text.matches("\\d{1,7}")) {
			return null;
		}
		long seconds = Long.parseLong(text);
		return seconds > 0 ? seconds : null;
	}

}
