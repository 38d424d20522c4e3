package org.agilepmo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Agile PMO platform: one Spring Boot application made of one module per business
 * capability (see {@code docs/architecture.md}). Scheduled work (the risk register's
 * reminders of overdue actions) runs on Spring's scheduler.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "Agile PMO", sharedModules = "shared")
public class AgilePmoApplication {

	public static void main(String[] args) {
		SpringApplication.run(AgilePmoApplication.class, args);
	}

}
