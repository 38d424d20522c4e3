package org.agilepmo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Agile PMO platform: one Spring Boot application made of one module per business
 * capability (see {@code docs/architecture.md}).
 */
@SpringBootApplication
@Modulithic(systemName = "Agile PMO", sharedModules = "shared")
public class AgilePmoApplication {

	public static void main(String[] args) {
		SpringApplication.run(AgilePmoApplication.class, args);
	}

}
