package org.agilepmo.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.agilepmo.organisation.UnitType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnits extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	List<OrgUnit> findByTypeOrderByName(UnitType type);

	List<OrgUnit> findAllByOrderByName();

	@Query("select u from OrgUnit u where :personId member of u.members order by u.name")
	List<OrgUnit> findByMember(long personId);

	List<OrgUnit> findByParentIdOrderByName(Long parentId);

}
