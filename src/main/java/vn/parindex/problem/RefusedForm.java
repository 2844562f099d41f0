package vn.parindex.problem;

/**
 * A form whose fields are not named as a refusal's errors locate them, so it says which
 * field an error concerns.
 */
public interface RefusedForm {

	/** The form field the error concerns, or {@code null} for the whole form. */
	String fieldOf(Refusal.FieldError error);

}
