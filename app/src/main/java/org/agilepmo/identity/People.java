package org.agilepmo.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The directory of people with an account. */
public interface People {

	Optional<PersonSummary> find(long id);

	Optional<PersonSummary> findByUsername(String username);

	/** People by id, for showing names next to ids; unknown ids are left out. */
	Map<Long, PersonSummary> findAll(Collection<Long> ids);

	/** Everyone with an enabled account, by name: for choosing a person in a form. */
	List<PersonSummary> listEnabled();

}
