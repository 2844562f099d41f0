package vn.parindex.engine.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options;
import vn.parindex.engine.Ranking;
import vn.parindex.engine.ScoringEngine;
import vn.parindex.engine.SyntheticCampaign;
import vn.parindex.engine.UnitInput;
import vn.parindex.engine.UnitResult;

/**
 * The engine on a synthetic national-scale campaign (issue 6): 10,000 units × 100 leaves.
 * Targets: a full recomputation (every unit scored, then ranks, groups, peer groups and
 * the correlation) under 1 s; one unit rescored and all 10,000 re-ranked under 20 ms. Run
 * with {@code scripts/bench-engine.sh}; never part of {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class EngineBenchmark {

	@Param("10000")
	int units;

	@Param("100")
	int leaves;

	@Param({ "UNIT_TYPE", "APPLICABLE_MAX" })
	Peers peers;

	private List<UnitInput> inputs;

	private ScoringEngine engine;

	private List<UnitResult> results;

	private int next;

	@Setup
	public void setUp() {
		SyntheticCampaign campaign = SyntheticCampaign.generate(2026, this.units, this.leaves);
		Options options = Options.defaults()
			.withBands(Basis.INDEX,
					List.of(new Band("A", new BigDecimal("90")), new Band("B", new BigDecimal("80")),
							new Band("C", new BigDecimal("70"))))
			.withPeers(this.peers, 3);
		this.inputs = campaign.inputs();
		this.engine = new ScoringEngine(campaign.model(), options);
		this.results = new ArrayList<>(this.engine.scoreAll(this.inputs));
	}

	/** Every unit scored (both variants), then ranked, grouped and peer-grouped. */
	@Benchmark
	public Ranking fullRecomputation() {
		return this.engine.rank(this.engine.scoreAll(this.inputs));
	}

	/** One unit rescored (a different one each time), then all units re-ranked. */
	@Benchmark
	public Ranking incrementalRecomputation() {
		int unit = this.next;
		this.next = (this.next + 1) % this.units;
		this.results.set(unit, this.engine.score(this.inputs.get(unit)));
		return this.engine.rank(this.results);
	}

}
