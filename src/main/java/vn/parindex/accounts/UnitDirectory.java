package vn.parindex.accounts;

import java.util.List;
import java.util.Optional;

/**
 * What accounts needs to know of units to scope users to one; the units module provides
 * it.
 */
public interface UnitDirectory {

	/** Active units, in the order a person would pick from. */
	List<UnitOption> options();

	Optional<UnitOption> find(long id);

	/**
	 * A unit as a choice in a list.
	 */
	record UnitOption(long id, String code, String name) {
	}

}
