package vn.parindex.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * The view that shows a refusal of this page method in place, with the model as the
 * method left it: the refusal as {@code refusal}, and its errors in the form's binding
 * result. Without it a refused form post comes back to the page it came from with a flash
 * message.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnRefusal {

	/**
	 * The view name, a fragment selector allowed ({@code "assessment/leaf :: update"}).
	 */
	String value();

	/**
	 * The refusals shown in place, by status; empty: all but "not found" and "forbidden".
	 * Others keep their status (e.g. a save on a locked sheet stays a 409).
	 */
	HttpStatus[] only() default {};

}
