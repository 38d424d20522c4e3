package org.agilepmo.web;

import org.agilepmo.shared.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("me", CurrentActor.require());
		return "home";
	}

}
