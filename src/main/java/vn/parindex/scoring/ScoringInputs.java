package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.assessment.LeafFigures;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.assessment.SheetStatus;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.FrameworkView;
import vn.parindex.scoring.engine.Model;
import vn.parindex.scoring.engine.UnitInput;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;

/**
 * Turns a campaign's framework, units and sheets into the engine's model and inputs,
 * amounts in hundredths of a point. Models are kept per framework version.
 */
@Component
class ScoringInputs {

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final SheetInputs sheets;

	private final Map<Long, Versioned> models = new ConcurrentHashMap<>();

	ScoringInputs(FrameworkCatalog frameworks, UnitCatalog units, SheetInputs sheets) {
		this.frameworks = frameworks;
		this.units = units;
		this.sheets = sheets;
	}

	Model model(long frameworkId) {
		FrameworkView framework = frameworks.get(frameworkId);
		Instant version = framework.info().updatedAt();
		Versioned cached = models.get(frameworkId);
		if (cached != null && cached.version().equals(version)) {
			return cached.model();
		}
		Model model = model(framework);
		models.put(frameworkId, new Versioned(version, model));
		return model;
	}

	/**
	 * The inputs of every participating unit, sheet or not, read as bare figures (one
	 * streamed query) rather than as sheets.
	 */
	List<UnitInput> forCampaign(CampaignView campaign, Model model) {
		Map<Long, SheetStatus> statuses = sheets.statuses(campaign.id());
		Map<Long, UnitView> byId = units.all().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
		Map<Long, UnitInput> inputs = new HashMap<>();
		for (long unitId : campaign.unitIds()) {
			UnitView unit = byId.get(unitId);
			if (unit != null) {
				inputs.put(unitId, empty(model, unit, statuses.get(unitId) == SheetStatus.APPRAISED));
			}
		}
		sheets.figures(campaign.id(), filling(inputs, model));
		return inputs.keySet().stream().sorted().map(inputs::get).toList();
	}

	Optional<UnitInput> forUnit(CampaignView campaign, long unitId, Model model) {
		return units.byId(unitId).map((unit) -> {
			boolean finalised = sheets.status(campaign.id(), unitId).filter(SheetStatus.APPRAISED::equals).isPresent();
			UnitInput input = empty(model, unit, finalised);
			sheets.figures(campaign.id(), unitId, filling(Map.of(unitId, input), model));
			return input;
		});
	}

	/** Writes each leaf's figures into its unit's input arrays. */
	private static LeafFigures filling(Map<Long, UnitInput> inputs, Model model) {
		return (unitId, leafCode, self, appraised, notApplicable, appraisedNotApplicable) -> {
			UnitInput input = inputs.get(unitId);
			int leaf = model.leafIndex(leafCode);
			if (input != null && leaf >= 0) {
				input.self()[leaf] = (self == LeafFigures.NO_POINTS) ? UnitInput.MISSING : self;
				input.appraised()[leaf] = (appraised == LeafFigures.NO_POINTS) ? UnitInput.MISSING : appraised;
				input.selfNotApplicable()[leaf] = notApplicable;
				input.appraisedNotApplicable()[leaf] = appraisedNotApplicable;
			}
		};
	}

	static Model model(FrameworkView framework) {
		FrameworkTree tree = framework.tree();
		List<Model.Node> nodes = new ArrayList<>();
		for (FrameworkNode node : tree.ordered()) {
			boolean leaf = tree.isLeaf(node.code());
			nodes.add(new Model.Node(node.code(), node.parentCode(), leaf ? hundredths(node.maxPoints()) : 0,
					Model.Kind.valueOf(node.source().name()), node.part(), node.unitTypes()));
		}
		return Model.of(nodes, hundredths(framework.info().settings().bonusCap()),
				hundredths(framework.info().settings().penaltyCap()));
	}

	/** A unit with nothing entered: no points anywhere, no claims. */
	private static UnitInput empty(Model model, UnitView unit, boolean finalised) {
		int leaves = model.leafCount();
		long[] self = new long[leaves];
		long[] appraised = new long[leaves];
		Arrays.fill(self, UnitInput.MISSING);
		Arrays.fill(appraised, UnitInput.MISSING);
		return new UnitInput(unit.id(), unit.type(), unit.ranked(), finalised, self, appraised, new boolean[leaves],
				new boolean[leaves]);
	}

	static long hundredths(BigDecimal amount) {
		return (amount != null)
				? amount.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact() : 0;
	}

	private record Versioned(Instant version, Model model) {
	}

}
