package org.agilepmo.web;

import java.util.Arrays;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/** Documents an {@link IfMatch} parameter as the If-Match header it is read from. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		SpringDocUtils.getConfig().addAnnotationsToIgnore(IfMatch.class);
	}

	@Bean
	OperationCustomizer ifMatchHeader() {
		return (operation, handler) -> {
			boolean needsIfMatch = Arrays.stream(handler.getMethodParameters())
				.anyMatch(p -> p.hasParameterAnnotation(IfMatch.class));
			if (needsIfMatch) {
				operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH)
					.description("The resource's ETag; 428 without it, 412 when it is stale")
					.schema(new StringSchema()));
			}
			return operation;
		};
	}

}
