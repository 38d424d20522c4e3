package org.agilepmo.delivery.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.BoardService.Board;
import org.agilepmo.delivery.internal.ChartService;
import org.agilepmo.delivery.internal.ChartService.CycleChart;
import org.agilepmo.delivery.internal.ChartService.VelocityChart;
import org.agilepmo.delivery.internal.CumulativeFlow;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board (columns, WIP limits, cards moved by drag and drop or with a form) kept live
 * by htmx polling every two seconds, and the squad's charts with their tables.
 */
@Controller
class BoardPages {

	private final BoardService boards;

	private final BacklogService backlog;

	private final ChartService charts;

	private final BacklogPages squadPages;

	private final MessageSource messages;

	private final Pages pages;

	BoardPages(BoardService boards, BacklogService backlog, ChartService charts, BacklogPages squadPages,
			MessageSource messages, Pages pages) {
		this.boards = boards;
		this.backlog = backlog;
		this.charts = charts;
		this.squadPages = squadPages;
		this.messages = messages;
		this.pages = pages;
	}

	@GetMapping("/delivery/squads/{squadId}/board")
	String board(@PathVariable long squadId, Model model) {
		Board board = this.boards.board(CurrentActor.require(), squadId);
		model.addAttribute("squad", board.squad());
		model.addAttribute("board", board);
		model.addAttribute("fingerprint", fingerprint(board));
		return "delivery/board";
	}

	/**
	 * What the board's polling asks every two seconds: 204 while nothing changed since
	 * the fingerprint the page holds, the board's columns otherwise.
	 */
	@GetMapping("/delivery/squads/{squadId}/board/live")
	Object live(@PathVariable long squadId, @RequestParam(required = false) String since, Model model) {
		Board board = this.boards.board(CurrentActor.require(), squadId);
		String fingerprint = fingerprint(board);
		if (fingerprint.equals(since)) {
			return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
		}
		model.addAttribute("squad", board.squad());
		model.addAttribute("board", board);
		model.addAttribute("fingerprint", fingerprint);
		return "delivery/board :: columns";
	}

	@PostMapping("/delivery/items/{id}/move")
	String move(@PathVariable long id, @RequestParam long version, @RequestParam long columnId,
			RedirectAttributes flash) {
		long squadId = this.backlog.get(CurrentActor.require(), id).squadId();
		flash.addFlashAttribute("focus", "card-" + id + "-move");
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/board", "delivery.saved",
				() -> this.backlog.move(CurrentActor.require(), id, version, columnId));
	}

	@GetMapping("/delivery/squads/{squadId}/charts")
	String charts(@PathVariable long squadId, Model model) {
		Actor actor = CurrentActor.require();
		this.squadPages.squadModel(actor, squadId, model);
		Locale locale = LocaleContextHolder.getLocale();
		VelocityChart velocity = this.charts.velocity(actor, squadId);
		model.addAttribute("velocity", velocity);
		model.addAttribute("velocityChart",
				ChartJson
					.labels(velocity.sprints(), ChartService.SprintBar::name, b -> "/delivery/sprints/" + b.sprintId())
					.series(text("delivery.chart.committed", locale), "bar", velocity.sprints(),
							ChartService.SprintBar::committed)
					.series(text("delivery.chart.completed", locale), "bar", velocity.sprints(),
							ChartService.SprintBar::completed)
					.build());
		List<CumulativeFlow.Day> flow = this.charts.flow(actor, squadId, 30);
		model.addAttribute("flow", flow);
		model.addAttribute("flowChart",
				ChartJson.labels(flow, d -> d.day().toString())
					.series(text("category.DONE", locale), "area", flow, CumulativeFlow.Day::done)
					.series(text("category.IN_PROGRESS", locale), "area", flow, CumulativeFlow.Day::inProgress)
					.series(text("category.TODO", locale), "area", flow, CumulativeFlow.Day::todo)
					.build());
		CycleChart cycle = this.charts.cycleTime(actor, squadId);
		Map<Long, String> titles = new HashMap<>();
		this.backlog.backlog(actor, squadId).forEach(i -> titles.put(i.id(), i.title()));
		model.addAttribute("cycle", cycle);
		model.addAttribute("itemTitles", titles);
		model.addAttribute("cycleChart",
				ChartJson
					.labels(cycle.cycles(), c -> titles.getOrDefault(c.itemId(), text("delivery.item.other", locale)),
							c -> "/delivery/items/" + c.itemId())
					.series(text("delivery.chart.cycleDays", locale), "bar", cycle.cycles(), c -> c.days())
					.build());
		return "delivery/charts";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	static String fingerprint(Board board) {
		StringBuilder all = new StringBuilder(String.valueOf(board.sprintId()));
		board.columns().forEach(c -> {
			all.append('|').append(c.column().id()).append(':').append(c.column().version());
			c.cards().forEach(card -> all.append(',').append(card.id()).append('.').append(card.version()));
		});
		return Integer.toHexString(all.toString().hashCode());
	}

}
