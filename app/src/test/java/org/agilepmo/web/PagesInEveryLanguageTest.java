package org.agilepmo.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared pages render in each language with the right direction, and show no
 * untranslated message key (Thymeleaf shows a missing key as ??key_lang??).
 */
@PmoTest
class PagesInEveryLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@ParameterizedTest
	@CsvSource({ "/, en, ltr", "/, fr, ltr", "/, es, ltr", "/, ar, rtl", "/organisation, ar, rtl",
			"/organisation, fr, ltr", "/organisation/units/new, es, ltr", "/audit, ar, rtl", "/audit, en, ltr",
			"/account, fr, ltr", "/account, ar, rtl", "/admin/accounts, ar, rtl", "/admin/accounts/new, es, ltr",
			"/notifications, ar, rtl", "/notifications, es, ltr", "/notifications/settings, fr, ltr",
			"/notifications/settings, ar, rtl", "/tenders, fr, ltr", "/tenders, ar, rtl", "/agreements, es, ltr",
			"/agreements, ar, rtl" })
	void pageRendersInTheLanguage(String path, String lang, String dir) throws Exception {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.mvc.perform(get(path).param("lang", lang).with(this.people.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"" + lang + "\"")))
			.andExpect(content().string(containsString("dir=\"" + dir + "\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@ParameterizedTest
	@CsvSource({ "en, bootstrap.min.css", "ar, bootstrap.rtl.min.css" })
	void theLoginPageUsesTheStylesheetOfTheDirection(String lang, String css) throws Exception {
		this.mvc.perform(get("/login").param("lang", lang))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(css)));
	}

}
