package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.Percent;
import vn.parindex.units.UnitView;

/**
 * A campaign's results as {@code GET /api/v1/campaigns/{id}/results} returns them (see
 * FORMATS.md): official figures, points and indices rounded half-up to 2 decimals,
 * {@code noData} the leaves whose source has no data yet (never counted as not applicable
 * nor as 0), {@code awaitingData} where the campaign waits for them before an index,
 * {@code null} where nothing applies.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ResultsJson(Campaign campaign, List<Unit> results) {

	record Campaign(long id, String name, int year) {

		static Campaign of(CampaignView campaign) {
			return new Campaign(campaign.id(), campaign.name(), campaign.year());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Unit(String unit, String name, boolean ranked, BigDecimal points, BigDecimal maxPoints, BigDecimal index,
			Integer rank, String group, List<Node> nodes, List<Part> parts, int noData, boolean awaitingData) {

		static Unit of(UnitView unit, StoredUnit stored, List<StoredComponent> components) {
			boolean finalised = stored.finalised();
			List<Node> nodes = components.stream()
				.filter((component) -> !component.isPart())
				.map((component) -> new Node(component.code(), Percent.points(component.points(finalised)),
						Percent.points(component.max(finalised)), component.index(finalised),
						component.noData(finalised)))
				.toList();
			List<Part> parts = components.stream()
				.filter(StoredComponent::isPart)
				.map((component) -> new Part(component.code(), Percent.points(component.points(finalised)),
						Percent.points(component.max(finalised)), component.index(finalised),
						component.noData(finalised)))
				.toList();
			return new Unit(unit.code(), unit.name(), stored.ranked(), Percent.points(stored.points()),
					Percent.points(stored.maxPoints()), stored.index(), stored.place().rank(), stored.place().group(),
					nodes, parts, stored.noData(), stored.awaitingData());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Node(String code, BigDecimal points, BigDecimal maxPoints, BigDecimal index, int noData) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Part(String part, BigDecimal points, BigDecimal maxPoints, BigDecimal index, int noData) {
	}

}
