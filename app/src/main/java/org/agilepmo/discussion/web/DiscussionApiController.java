package org.agilepmo.discussion.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.agilepmo.discussion.internal.DiscussionService;
import org.agilepmo.discussion.internal.Views.AttachmentView;
import org.agilepmo.discussion.internal.Views.CommentView;
import org.agilepmo.discussion.internal.Views.Upload;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Comments and attachments of any object in the API, under the object's own access rule:
 * an object the caller may not see answers 404, for its comments and files alike.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Comments and attachments", description = "Comments in Markdown and attached files on any object")
class DiscussionApiController {

	private final DiscussionService discussion;

	DiscussionApiController(DiscussionService discussion) {
		this.discussion = discussion;
	}

	@GetMapping("/objects/{kind}/{id}/comments")
	@Operation(summary = "The object's comments, oldest first, with their Markdown and safe HTML")
	ListPage<CommentView> comments(@PathVariable String kind, @PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return ListPage.of(this.discussion.thread(DiscussionPages.ref(kind, id), CurrentActor.require()).comments(),
				page, size);
	}

	@PostMapping("/objects/{kind}/{id}/comments")
	@Operation(summary = "Comment on the object; @username mentions the person")
	ResponseEntity<CommentView> comment(@PathVariable String kind, @PathVariable long id,
			@Valid @RequestBody CommentBody body) {
		CommentView created = this.discussion.comment(DiscussionPages.ref(kind, id), CurrentActor.require(),
				body.body());
		return ETags.created("/api/v1/comments/" + created.id(), created, created.version());
	}

	@PatchMapping("/comments/{id}")
	@Operation(summary = "Rewrite one's own comment (the previous body is kept); needs If-Match")
	ResponseEntity<CommentView> edit(@PathVariable long id, @Valid @RequestBody CommentBody body,
			@IfMatch long version) {
		return ETags.ok(this.discussion.edit(id, version, CurrentActor.require(), body.body()), CommentView::version);
	}

	@DeleteMapping("/comments/{id}")
	@Operation(summary = "Remove a comment (its author or an administrator); needs If-Match")
	ResponseEntity<CommentView> remove(@PathVariable long id, @IfMatch long version) {
		return ETags.ok(this.discussion.remove(id, version, CurrentActor.require()), CommentView::version);
	}

	@GetMapping("/objects/{kind}/{id}/attachments")
	@Operation(summary = "The files attached to the object, each with its versions, newest first")
	List<AttachmentView> attachments(@PathVariable String kind, @PathVariable long id) {
		return this.discussion.thread(DiscussionPages.ref(kind, id), CurrentActor.require()).attachments();
	}

	@PostMapping(path = "/objects/{kind}/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file (multipart part 'file'); the same name again adds a version")
	ResponseEntity<AttachmentView> attach(@PathVariable String kind, @PathVariable long id,
			@RequestPart("file") MultipartFile file) {
		AttachmentView attached = this.discussion.upload(DiscussionPages.ref(kind, id), CurrentActor.require(),
				new Upload(file.getOriginalFilename(), file), file.getSize());
		return ETags.created("/api/v1/attachments/" + attached.id() + "/content", attached, attached.version());
	}

	@GetMapping("/attachments/{id}/content")
	@Operation(summary = "Download an attached file: its latest version, or the version named")
	ResponseEntity<Resource> content(@PathVariable long id, @RequestParam(required = false) @Min(1) Integer version) {
		return Downloads.of(this.discussion.download(id, version, CurrentActor.require()));
	}

	record CommentBody(@NotBlank @Size(max = 20_000) String body) {
	}

	/** A page of a list, as every list of the API answers. */
	record ListPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

		static <T> ListPage<T> of(List<T> all, int page, int size) {
			int from = (int) Math.min((long) page * size, all.size());
			int to = Math.min(from + size, all.size());
			return new ListPage<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
		}

	}

}
