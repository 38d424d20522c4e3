package org.agilepmo.discussion.web;

import org.springframework.web.multipart.MultipartFile;

/** A file as the page's upload form sends it. */
public class UploadForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
