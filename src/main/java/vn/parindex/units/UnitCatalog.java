package vn.parindex.units;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.parindex.accounts.UnitDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units module's service: reading units, and adding one.
 */
@Service
@Transactional(readOnly = true)
public class UnitCatalog implements UnitDirectory {

	private static final Comparator<UnitView> BY_NAME = Comparator.comparing(UnitView::name,
			Collator.getInstance(Locale.forLanguageTag("vi")));

	private final UnitRepository units;

	UnitCatalog(UnitRepository units) {
		this.units = units;
	}

	public List<UnitView> all() {
		return units.findAll().stream().map(Unit::view).sorted(BY_NAME).toList();
	}

	public Optional<UnitView> byId(long id) {
		return units.findById(id).map(Unit::view);
	}

	public Optional<UnitView> byCode(String code) {
		return units.findByCode(code).map(Unit::view);
	}

	/**
	 * Adds a unit unless one with this code exists, and returns it either way.
	 */
	@Transactional
	public UnitView ensure(String code, String name, String type, Long parentId) {
		return units.findByCode(code).orElseGet(() -> units.save(new Unit(code, name, type, parentId))).view();
	}

	@Override
	public List<UnitOption> options() {
		return all().stream()
			.filter(UnitView::active)
			.map((unit) -> new UnitOption(unit.id(), unit.code(), unit.name()))
			.toList();
	}

	@Override
	public Optional<UnitOption> find(long id) {
		return byId(id).map((unit) -> new UnitOption(unit.id(), unit.code(), unit.name()));
	}

}
