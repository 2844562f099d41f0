package vn.parindex;

import java.time.Clock;

import vn.parindex.system.DatabaseBackupCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * ParIndex: the administrative reform index (Chỉ số cải cách hành chính, PAR INDEX) from
 * framework to published ranking.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParIndexApplication {

	public static void main(String[] args) {
		if (DatabaseBackupCommand.runIfAsked(args)) {
			return;
		}
		SpringApplication.run(ParIndexApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
