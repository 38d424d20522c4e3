package org.agilepmo.workspace.web;

import org.agilepmo.shared.CurrentActor;
import org.agilepmo.workspace.internal.MyWork;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what needs me, my projects, the recent changes I may see. */
@Controller
class HomePage {

	private final MyWork work;

	HomePage(MyWork work) {
		this.work = work;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = CurrentActor.require();
		model.addAttribute("me", me);
		model.addAttribute("home", this.work.of(me));
		return "workspace/home";
	}

}
