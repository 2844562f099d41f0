package vn.parindex.units;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Restructurings, and the lineage they make, walked in SQL across any number of them.
 */
interface Restructurings extends ListCrudRepository<Restructuring, Long> {

	@Query("select exists (select 1 from units_restructuring_predecessor where unit_id = :unitId)")
	boolean ceased(long unitId);

	/**
	 * Every unit that carried on the given one, directly or through later restructurings.
	 */
	@Query("""
			with recursive later (unit_id) as (
			    select s.unit_id
			    from units_restructuring_predecessor p
			    join units_restructuring_successor s on s.restructuring_id = p.restructuring_id
			    where p.unit_id = :unitId
			  union
			    select s.unit_id
			    from later l
			    join units_restructuring_predecessor p on p.unit_id = l.unit_id
			    join units_restructuring_successor s on s.restructuring_id = p.restructuring_id
			)
			select unit_id from later
			""")
	List<Long> laterUnitIds(long unitId);

	/**
	 * Every unit the given one carries on, directly or through earlier restructurings.
	 */
	@Query("""
			with recursive earlier (unit_id) as (
			    select p.unit_id
			    from units_restructuring_successor s
			    join units_restructuring_predecessor p on p.restructuring_id = s.restructuring_id
			    where s.unit_id = :unitId
			  union
			    select p.unit_id
			    from earlier e
			    join units_restructuring_successor s on s.unit_id = e.unit_id
			    join units_restructuring_predecessor p on p.restructuring_id = s.restructuring_id
			)
			select unit_id from earlier
			""")
	List<Long> earlierUnitIds(long unitId);

	@Query("""
			select r.id from units_restructuring r
			where r.id in (select restructuring_id from units_restructuring_predecessor where unit_id in (:unitIds)
			               union
			               select restructuring_id from units_restructuring_successor where unit_id in (:unitIds))
			order by r.effective_on, r.id
			""")
	List<Long> idsInvolving(Collection<Long> unitIds);

	/** The date of the latest restructuring the unit took part in, on either side. */
	@Query("""
			select max(r.effective_on) from units_restructuring r
			where r.id in (select restructuring_id from units_restructuring_predecessor where unit_id = :unitId
			               union
			               select restructuring_id from units_restructuring_successor where unit_id = :unitId)
			""")
	Optional<LocalDate> latestDate(long unitId);

}
