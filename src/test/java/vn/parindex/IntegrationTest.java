package vn.parindex;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application over MockMvc, on the shared embedded PostgreSQL. Tests annotated
 * alike share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "parindex.admin-password=" + IntegrationTest.ADMIN_PASSWORD)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = SharedTestDatabase.class)
public @interface IntegrationTest {

	String ADMIN_PASSWORD = "Quan-Tri-Test-2026";

}
