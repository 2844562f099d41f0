package vn.parindex.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import vn.parindex.engine.Scheme.Node;
import vn.parindex.engine.Source;

/**
 * A synthetic campaign for benchmarks and load tests: a framework of up to 10 areas of
 * criteria and sub-criteria, units of several types and their inputs. Seeded and
 * reproducible: the same arguments give the same campaign, on any machine.
 * <p>
 * The framework has {@code leaves - 2} leaves within the maximum (maxima of 0.50–3.00
 * with 2 decimals; the last area's leaves are SURVEY and about 8% of the others
 * STATISTIC, in part "impact", the rest SELF in part "appraised"; about 4% of the SELF
 * leaves are restricted to one unit type), and an extra area with one BONUS and one
 * PENALTY leaf. About 95% of the units are ranked and 60% finalised; about 5% of the SELF
 * leaves are claimed not applicable (4 in 5 claims accepted), 2% have no value, 15% of
 * the units had no survey, 5% of the statistics are missing; appraised points are mostly
 * the unit's or lower. Self-scored points move in steps of 0.25, so ties occur; survey
 * and statistic points are computed, with 4 decimals.
 *
 * @param nodes the framework's nodes, in tree order; amounts in ten-thousandths of a
 * point (the engine's unit)
 * @param units the units, ids 1..n in order
 * @param inputs per unit (same order), its inputs in the model's leaf order
 */
public record SyntheticCampaign(long seed, List<Node> nodes, long bonusCap, long penaltyCap, List<Unit> units,
		List<UnitInput> inputs) {

	/** The unit types used, most common last. */
	public static final List<String> UNIT_TYPES = List.of("MINISTRY", "PROVINCE", "DEPARTMENT", "DISTRICT");

	private static final long BONUS_CAP = 20_000;

	private static final long PENALTY_CAP = 30_000;

	private static final long STEP = 2_500;

	private static final long[] COMMON_MAXIMA = { 5_000, 7_500, 10_000, 10_000, 12_500, 15_000, 20_000, 25_000,
			30_000 };

	/**
	 * Generates a campaign.
	 * @param units how many units (at least 1)
	 * @param leaves how many leaves (at least 3: one within the maximum, the bonus and
	 * the penalty)
	 */
	public static SyntheticCampaign generate(long seed, int units, int leaves) {
		if (units < 1 || leaves < 3) {
			throw new IllegalArgumentException("At least 1 unit and 3 leaves");
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Node> nodes = framework(random, leaves - 2);
		Scheme model = Scheme.of(nodes, BONUS_CAP, PENALTY_CAP);
		List<Unit> unitList = new ArrayList<>(units);
		List<UnitInput> inputs = new ArrayList<>(units);
		for (int i = 0; i < units; i++) {
			Unit unit = new Unit(i + 1, String.format("U%05d", i + 1), unitType(random), random.nextDouble() < 0.95,
					random.nextDouble() < 0.6);
			unitList.add(unit);
			inputs.add(new InputGenerator(model, random).generate(unit));
		}
		return new SyntheticCampaign(seed, List.copyOf(nodes), BONUS_CAP, PENALTY_CAP, List.copyOf(unitList),
				List.copyOf(inputs));
	}

	/** The model of the campaign's framework. */
	public Scheme model() {
		return Scheme.of(this.nodes, this.bonusCap, this.penaltyCap);
	}

	private static List<Node> framework(SplittableRandom random, int scored) {
		int areas = Math.min(10, scored);
		List<Node> nodes = new ArrayList<>();
		for (int area = 1; area <= areas; area++) {
			String areaCode = Integer.toString(area);
			nodes.add(new Node(areaCode, null, 0, Source.SELF, null, Set.of()));
			int remaining = scored / areas + ((area <= scored % areas) ? 1 : 0);
			boolean survey = area == areas && areas > 1;
			for (int criterion = 1; remaining > 0; criterion++) {
				String code = areaCode + "." + criterion;
				int subCriteria = Math.min(remaining, 1 + random.nextInt(4));
				if (subCriteria == 1) {
					nodes.add(leaf(random, code, areaCode, survey));
				}
				else {
					nodes.add(new Node(code, areaCode, 0, Source.SELF, null, Set.of()));
					for (int sub = 1; sub <= subCriteria; sub++) {
						nodes.add(leaf(random, code + "." + sub, code, survey));
					}
				}
				remaining -= subCriteria;
			}
		}
		String extra = Integer.toString(areas + 1);
		nodes.add(new Node(extra, null, 0, Source.SELF, null, Set.of()));
		nodes.add(new Node(extra + ".1", extra, 30_000, Source.BONUS, null, Set.of()));
		nodes.add(new Node(extra + ".2", extra, 50_000, Source.PENALTY, null, Set.of()));
		return nodes;
	}

	private static Node leaf(SplittableRandom random, String code, String parent, boolean survey) {
		long max = (random.nextDouble() < 0.15) ? 100 * (50 + random.nextInt(251))
				: COMMON_MAXIMA[random.nextInt(COMMON_MAXIMA.length)];
		Source kind = survey ? Source.SURVEY : (random.nextDouble() < 0.08) ? Source.STATISTIC : Source.SELF;
		Set<String> types = (kind == Source.SELF && random.nextDouble() < 0.04)
				? Set.of(UNIT_TYPES.get(random.nextInt(UNIT_TYPES.size()))) : Set.of();
		return new Node(code, parent, max, kind, (kind == Source.SELF) ? "appraised" : "impact", types);
	}

	private static String unitType(SplittableRandom random) {
		double draw = random.nextDouble();
		return UNIT_TYPES.get((draw < 0.03) ? 0 : (draw < 0.10) ? 1 : (draw < 0.35) ? 2 : 3);
	}

	/** Points in steps of 0.25 near a share of the maximum, within [0, max]. */
	static long points(SplittableRandom random, long max, double quality) {
		double share = quality + (random.nextDouble() + random.nextDouble() - 1) * 0.3;
		long value = Math.round(max * Math.max(0, Math.min(1, share)) / STEP) * STEP;
		return Math.min(max, value);
	}

	/** Computed points, as a survey mean or a linear ratio gives them: 4 decimals. */
	static long measured(SplittableRandom random, long max, double quality) {
		double share = quality + (random.nextDouble() + random.nextDouble() - 1) * 0.3;
		return Math.min(max, Math.round(max * Math.max(0, Math.min(1, share))));
	}

	/**
	 * One synthetic unit.
	 *
	 * @param id the unit's id, 1..n
	 * @param code e.g. "U00042"
	 * @param type one of {@link #UNIT_TYPES}
	 */
	public record Unit(long id, String code, String type, boolean ranked, boolean finalised) {
	}

}
