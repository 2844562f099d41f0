package vn.parindex.scoring;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.parindex.assessment.SheetChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers the units whose sheets changed in a transaction (an import changes hundreds of
 * leaves) and recomputes them once, just before the transaction commits, so that the
 * results commit with the inputs or not at all.
 */
@Component
class SheetChanges {

	private static final Object PENDING = new Object();

	private final Recomputation recomputation;

	SheetChanges(Recomputation recomputation) {
		this.recomputation = recomputation;
	}

	@EventListener
	void on(SheetChanged event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			recomputation.units(event.campaignId(), Set.of(event.unitId()));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(PENDING, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.units.computeIfAbsent(event.campaignId(), (campaign) -> new LinkedHashSet<>()).add(event.unitId());
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
