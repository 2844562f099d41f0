package vn.parindex.campaign;

import org.springframework.data.repository.ListCrudRepository;

interface Campaigns extends ListCrudRepository<Campaign, Long> {

}
