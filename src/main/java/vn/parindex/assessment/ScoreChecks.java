package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Source;
import vn.parindex.problem.Texts;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.units.UnitView;
import vn.parindex.workbook.WorkbookReader;

/**
 * Checks every row of a scores workbook against the campaign (plain Java): the unit takes
 * part, the code is a leaf that applies to the unit, points fit the leaf, no row repeats
 * another, and the unit's sheet is still a draft. Each problem is recorded on the reader,
 * so that the secretariat sees all of them at once.
 */
final class ScoreChecks {

	private final CampaignView campaign;

	private final FrameworkTree tree;

	private final Function<String, Optional<UnitView>> units;

	private final Map<Long, Sheet> sheets;

	private final WorkbookReader reader;

	private final Map<String, Integer> seen = new HashMap<>();

	private final Set<Long> lockedReported = new HashSet<>();

	ScoreChecks(CampaignView campaign, FrameworkTree tree, Function<String, Optional<UnitView>> units,
			Map<Long, Sheet> sheets, WorkbookReader reader) {
		this.campaign = campaign;
		this.tree = tree;
		this.units = units;
		this.sheets = sheets;
		this.reader = reader;
	}

	/** The rows that passed, each with its unit and leaf. */
	List<Checked> check(List<ScoresWorkbook.ScoreLine> lines) {
		List<Checked> passed = new ArrayList<>();
		for (ScoresWorkbook.ScoreLine line : lines) {
			if (!texts(line)) {
				continue;
			}
			UnitView unit = unit(line);
			if (unit == null) {
				continue;
			}
			boolean open = draft(line, unit);
			FrameworkNode leaf = leaf(line, unit);
			if (leaf != null && points(line, leaf) & claim(line, leaf) & unique(line) && open) {
				passed.add(new Checked(line, unit, leaf));
			}
		}
		return passed;
	}

	/**
	 * No cell holds a NUL character (which nothing can store), and a note fits in a note.
	 */
	private boolean texts(ScoresWorkbook.ScoreLine line) {
		boolean fine = noNul(line, "unit", line.unitCode()) & noNul(line, "criterion", line.criterion())
				& noNul(line, "note", line.note());
		if (fine && line.note() != null && line.note().length() > Texts.MAX_NOTE) {
			error(line, "note", "text.error.tooLong", Texts.MAX_NOTE, line.note().length());
			return false;
		}
		return fine;
	}

	private boolean noNul(ScoresWorkbook.ScoreLine line, String column, String text) {
		if (Texts.hasNul(text)) {
			error(line, column, "text.error.nul");
			return false;
		}
		return true;
	}

	private UnitView unit(ScoresWorkbook.ScoreLine line) {
		if (line.unitCode() == null) {
			return null;
		}
		UnitView unit = units.apply(line.unitCode()).orElse(null);
		if (unit == null) {
			error(line, "unit", "assessment.scores.error.unknownUnit", line.unitCode());
		}
		else if (!campaign.includes(unit.id())) {
			error(line, "unit", "assessment.scores.error.notInCampaign", line.unitCode());
			return null;
		}
		return unit;
	}

	private FrameworkNode leaf(ScoresWorkbook.ScoreLine line, UnitView unit) {
		if (line.criterion() == null) {
			return null;
		}
		FrameworkNode node = tree.find(line.criterion()).orElse(null);
		if (node == null) {
			error(line, "criterion", "assessment.scores.error.unknownCriterion", line.criterion());
		}
		else if (!tree.isLeaf(node.code())) {
			error(line, "criterion", "assessment.scores.error.notALeaf", line.criterion());
		}
		else if (!node.appliesTo(unit.type())) {
			error(line, "criterion", "assessment.scores.error.notForUnitType", line.criterion(), unit.type());
		}
		else {
			return node;
		}
		return null;
	}

	private boolean points(ScoresWorkbook.ScoreLine line, FrameworkNode leaf) {
		boolean self = true;
		if (line.selfPoints() != null && !unitScores(leaf)) {
			error(line, "self_points", "assessment.scores.error.notSelfScored", leaf.code());
			self = false;
		}
		else if (line.selfPoints() != null) {
			self = fits(line, "self_points", line.selfPoints(), leaf);
		}
		boolean appraised = line.appraisedPoints() == null
				|| fits(line, "appraised_points", line.appraisedPoints(), leaf);
		return self && appraised;
	}

	private boolean fits(ScoresWorkbook.ScoreLine line, String column, BigDecimal points, FrameworkNode leaf) {
		BigDecimal max = tree.maxPoints(leaf.code());
		if (points.signum() < 0) {
			error(line, column, "assessment.scores.error.negative", points.toPlainString());
		}
		else if (points.compareTo(max) > 0) {
			error(line, column, "assessment.scores.error.aboveMaximum", points.toPlainString(), max.toPlainString());
		}
		else if (points.stripTrailingZeros().scale() > 2) {
			error(line, column, "assessment.scores.error.tooManyDecimals", points.toPlainString());
		}
		else {
			return true;
		}
		return false;
	}

	private boolean claim(ScoresWorkbook.ScoreLine line, FrameworkNode leaf) {
		if (!Boolean.TRUE.equals(line.notApplicable())) {
			return true;
		}
		if (line.hasPoints()) {
			error(line, "not_applicable", "assessment.scores.error.notApplicableWithPoints");
			return false;
		}
		if (!unitScores(leaf)) {
			error(line, "not_applicable", "assessment.scores.error.notSelfScored", leaf.code());
			return false;
		}
		return true;
	}

	private boolean unique(ScoresWorkbook.ScoreLine line) {
		Integer first = seen.putIfAbsent(line.unitCode() + "\u0000" + line.criterion(), line.row());
		if (first != null) {
			error(line, "criterion", "assessment.scores.error.duplicate", line.unitCode(), line.criterion(), first);
			return false;
		}
		return true;
	}

	/** A locked sheet is reported once, at the unit's first row, not on every leaf. */
	private boolean draft(ScoresWorkbook.ScoreLine line, UnitView unit) {
		Sheet sheet = sheets.get(unit.id());
		if (sheet == null || sheet.status() == SheetStatus.DRAFT) {
			return true;
		}
		if (lockedReported.add(unit.id())) {
			error(line, "unit", "assessment.scores.error.locked", unit.code(), sheet.status());
		}
		return false;
	}

	/** The leaves a unit scores itself, as on its sheet: its own, bonus and penalty. */
	private static boolean unitScores(FrameworkNode leaf) {
		return leaf.source() == Source.SELF || leaf.source().outsideMaximum();
	}

	private void error(ScoresWorkbook.ScoreLine line, String column, String key, Object... args) {
		reader.error(line.row(), column, key, args);
	}

	record Checked(ScoresWorkbook.ScoreLine line, UnitView unit, FrameworkNode leaf) {
	}

}
