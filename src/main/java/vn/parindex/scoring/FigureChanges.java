package vn.parindex.scoring;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.parindex.campaign.CampaignUnitsChanged;
import vn.parindex.engine.LeafFiguresChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers the units whose figures changed in a transaction (an import changes hundreds of
 * leaves), from any leaf source, and the units that joined or left a campaign, and
 * recomputes them once, just before the transaction commits, so that the results commit
 * with the inputs or not at all.
 */
@Component
class FigureChanges {

	private static final Object PENDING = new Object();

	private final Recomputation recomputation;

	FigureChanges(Recomputation recomputation) {
		this.recomputation = recomputation;
	}

	@EventListener
	void on(LeafFiguresChanged event) {
		changed(event.campaignId(), event.unitIds());
	}

	@EventListener
	void on(CampaignUnitsChanged event) {
		Set<Long> units = new HashSet<>(event.added());
		units.addAll(event.removed());
		changed(event.campaignId(), units);
	}

	private void changed(long campaignId, Set<Long> unitIds) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			recomputation.units(campaignId, unitIds);
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(PENDING, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.units.computeIfAbsent(campaignId, (campaign) -> new LinkedHashSet<>()).addAll(unitIds);
	}

	private final class Pending implements TransactionSynchronization {

		private final Map<Long, Set<Long>> units = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
			units.forEach(recomputation::units);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
		}

	}

}
