package vn.parindex.assessment;

import java.util.function.Function;

import vn.parindex.problem.Texts;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleInputForm;

/**
 * What one save changes on a leaf; {@code null} leaves that part as it is.
 *
 * @param input the input, read as the leaf's rule needs it
 * @param notApplicable {@code true} claims the leaf does not apply this year (with the
 * reason), {@code false} withdraws the claim
 * @param explanation the new explanation; blank clears it
 */
public record LeafEdit(Function<FrameworkNode, RuleInput> input, Boolean notApplicable, String reason,
		String explanation) {

	/**
	 * Refused when the reason or the explanation holds a NUL or is longer than a note.
	 */
	public LeafEdit {
		Texts.fit(reason, Texts.MAX_NOTE, "reason");
		Texts.fit(explanation, Texts.MAX_NOTE, "explanation");
	}

	/** An input given as form fields. */
	public static LeafEdit of(RuleInputForm form, Boolean notApplicable, String reason, String explanation) {
		return new LeafEdit((form != null) ? (leaf) -> form.toInput(leaf.rule()) : null, notApplicable, reason,
				explanation);
	}

	static LeafEdit input(Function<FrameworkNode, RuleInput> input) {
		return new LeafEdit(input, null, null, null);
	}

}
