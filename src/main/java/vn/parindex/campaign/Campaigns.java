package vn.parindex.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Campaigns extends ListCrudRepository<Campaign, Long> {

	@Query("select framework_id from campaign_campaign where id = :id")
	Optional<Long> frameworkId(long id);

	@Query("select unit_id from campaign_unit where campaign_id = :id order by unit_id")
	List<Long> unitIds(long id);

	@Query("select unit_id from campaign_unit where campaign_id = :id and unit_id in (:units) order by unit_id")
	List<Long> unitIds(long id, Collection<Long> units);

}
