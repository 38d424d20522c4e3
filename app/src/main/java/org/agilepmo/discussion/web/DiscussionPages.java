package org.agilepmo.discussion.web;

import jakarta.validation.Valid;
import org.agilepmo.discussion.internal.DiscussionService;
import org.agilepmo.discussion.internal.Views.ThreadView;
import org.agilepmo.discussion.internal.Views.Upload;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.web.Pages;

import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The thread of comments and attachments of any object. Object pages include it with one
 * line (it loads from {@code GET /discussion/{kind}/{id}}; without scripts, the link
 * opens it as a page of its own). Its forms return to the object's page; refused input is
 * shown on the thread's own page, next to the field.
 */
@Controller
class DiscussionPages {

	private final DiscussionService discussion;

	private final Pages pages;

	DiscussionPages(DiscussionService discussion, Pages pages) {
		this.discussion = discussion;
		this.pages = pages;
	}

	@GetMapping("/discussion/{kind}/{id}")
	String thread(@PathVariable String kind, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		page(ref(kind, id), model);
		return (htmx != null) ? "discussion/thread :: content" : "discussion/page";
	}

	@PostMapping("/discussion/{kind}/{id}/comments")
	String comment(@PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		ObjectRef ref = ref(kind, id);
		return this.pages.submit(binding, model, () -> {
			this.discussion.comment(ref, CurrentActor.require(), form.getBody());
			this.pages.saved(flash, "discussion.comment.saved");
			return back(ref);
		}, () -> page(ref, model));
	}

	@PostMapping("/discussion/comments/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("editForm") CommentForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		ObjectRef ref = this.discussion.objectOfComment(id, actor).ref();
		form.setCommentId(id);
		return this.pages.submit(binding, model, () -> {
			this.discussion.edit(id, form.getVersion(), actor, form.getBody());
			this.pages.saved(flash, "discussion.comment.edited");
			return back(ref);
		}, () -> page(ref, model));
	}

	@PostMapping("/discussion/comments/{id}/delete")
	String remove(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		ObjectRef ref = this.discussion.objectOfComment(id, actor).ref();
		return this.pages.act(flash, link(ref), "discussion.comment.removed",
				() -> this.discussion.remove(id, version, actor));
	}

	@PostMapping("/discussion/{kind}/{id}/attachments")
	String upload(@PathVariable String kind, @PathVariable long id, @ModelAttribute("uploadForm") UploadForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		ObjectRef ref = ref(kind, id);
		return this.pages.submit(binding, model, () -> {
			InputStreamSource file = form.getFile();
			String name = (form.getFile() == null) ? null : form.getFile().getOriginalFilename();
			long size = (form.getFile() == null) ? 0 : form.getFile().getSize();
			this.discussion.upload(ref, CurrentActor.require(), new Upload(name, nonNull(file)), size);
			this.pages.saved(flash, "discussion.attachment.saved");
			return back(ref);
		}, () -> page(ref, model));
	}

	@PostMapping("/discussion/attachments/{id}/remove")
	String removeAttachment(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		ObjectRef ref = this.discussion.objectOfAttachment(id, actor).ref();
		return this.pages.act(flash, link(ref), "discussion.attachment.removed",
				() -> this.discussion.removeAttachment(id, version, actor));
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable long id) {
		return Downloads.of(this.discussion.download(id, null, CurrentActor.require()));
	}

	@GetMapping("/attachments/{id}/versions/{number}")
	ResponseEntity<Resource> downloadVersion(@PathVariable long id, @PathVariable int number) {
		return Downloads.of(this.discussion.download(id, number, CurrentActor.require()));
	}

	/** The thread's own page (also where refused input is shown). */
	private String page(ObjectRef ref, Model model) {
		ThreadView thread = this.discussion.thread(ref, CurrentActor.require());
		model.addAttribute("thread", thread);
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm());
		}
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm());
		}
		return "discussion/page";
	}

	private String back(ObjectRef ref) {
		return "redirect:" + link(ref);
	}

	private String link(ObjectRef ref) {
		return this.discussion.object(ref, CurrentActor.require()).link() + "#discussion-" + ref.kind() + "-"
				+ ref.id();
	}

	private static InputStreamSource nonNull(InputStreamSource file) {
		return (file != null) ? file : () -> java.io.InputStream.nullInputStream();
	}

	static ObjectRef ref(String kind, long id) {
		return ObjectRef.parse(kind + ":" + id).orElseThrow(() -> new NotFoundException("object", kind + ":" + id));
	}

}
