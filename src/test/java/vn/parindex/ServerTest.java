package vn.parindex;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real HTTP port, for what only a servlet container does
 * (error dispatches) and for browser tests. Tests annotated alike share one running
 * server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "parindex.admin-password=" + IntegrationTest.ADMIN_PASSWORD)
@ContextConfiguration(initializers = SharedTestDatabase.class)
public @interface ServerTest {

}
