package org.agilepmo.discussion.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large one attached file may be ({@code pmo.attachments.max-bytes}, 25 MB unless
 * configured). Uploads pass the servlet container's multipart limit first
 * ({@code spring.servlet.multipart.max-file-size}), which must stay above this one.
 */
@ConfigurationProperties("pmo.attachments")
record AttachmentSettings(@DefaultValue("25MB") DataSize maxBytes) {

}
