package vn.parindex.problem;

/**
 * Fills the model of an {@link OnRefusal} view only when a refusal comes: a page method
 * that would otherwise read its page twice on every save puts one in its model, and the
 * refusal shows what is stored now (nothing was changed).
 */
@FunctionalInterface
public interface RefusalModel {

	void fill();

}
