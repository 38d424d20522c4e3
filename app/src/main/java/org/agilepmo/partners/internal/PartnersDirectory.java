package org.agilepmo.partners.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner organisations and contacts as the rest of the platform sees them (search,
 * comments, attachments, the audit trail's names), through the unit's rule.
 */
@Component
class PartnersDirectory implements ObjectDirectory {

	private final PartnerOrganisations organisations;

	private final PartnerContacts contacts;

	private final PartnerAccess access;

	PartnersDirectory(PartnerOrganisations organisations, PartnerContacts contacts, PartnerAccess access) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.access = access;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(PartnerService.ORGANISATION, PartnerService.CONTACT);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case PartnerService.ORGANISATION -> this.organisations.findById(ref.id())
				.filter(o -> this.access.seesUnit(actor, o.unitId()))
				.map(o -> new ObjectCard(ref, o.name(), o.country(), "/partners/organisations/" + o.id(), null,
						Classification.RESTRICTED));
			case PartnerService.CONTACT -> this.contacts.findById(ref.id())
				.filter(c -> this.access.seesUnit(actor, c.unitId()))
				.map(c -> new ObjectCard(ref, c.name(), null, "/partners/contacts/" + c.id(), null,
						Classification.RESTRICTED));
			default -> Optional.empty();
		};
	}

	@Override
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return findVisible(ref, actor).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case PartnerService.ORGANISATION -> this.organisations.findById(ref.id())
				.map(o -> new SearchText(o.name(), o.type() + " " + o.country(), null, Classification.RESTRICTED));
			case PartnerService.CONTACT -> this.contacts.findById(ref.id())
				.map(c -> new SearchText(c.name(), (c.role() == null ? "" : c.role()) + " "
						+ this.organisations.findById(c.organisationId()).map(PartnerOrganisation::name).orElse(""),
						null, Classification.RESTRICTED));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		return switch (kind) {
			case PartnerService.ORGANISATION ->
				this.organisations.findAll().stream().map(o -> new ObjectRef(kind, o.id())).toList().stream();
			case PartnerService.CONTACT ->
				this.contacts.findAll().stream().map(c -> new ObjectRef(kind, c.id())).toList().stream();
			default -> Stream.empty();
		};
	}

}
