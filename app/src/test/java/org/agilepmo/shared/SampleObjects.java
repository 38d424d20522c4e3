package org.agilepmo.shared;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestComponent;

/**
 * Objects of a kind only tests have ({@value #KIND}), with an access rule a test sets per
 * person: who may see (and so comment on) each one, and who may attach to it. It stands
 * in for the modules' own directories wherever a test needs visible and hidden objects
 * without building a project.
 */
@TestComponent
public class SampleObjects implements ObjectDirectory {

	public static final String KIND = "sample-object";

	/**
	 * Shared by every test context of the run, which share one database: an id is never
	 * given twice, so that comments and files of one context never land on another's
	 * object.
	 */
	private static final AtomicLong ids = new AtomicLong();

	private final Map<Long, Sample> samples = new ConcurrentHashMap<>();

	/** A new object the people named may see and comment on; the editors may attach. */
	public ObjectRef object(String title, Set<Long> readers, Set<Long> editors) {
		long id = ids.incrementAndGet();
		this.samples.put(id, new Sample(title, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet()));
		this.samples.get(id).readers().addAll(readers);
		this.samples.get(id).readers().addAll(editors);
		this.samples.get(id).editors().addAll(editors);
		return new ObjectRef(KIND, id);
	}

	/** A new object only the people named may see, comment on and attach to. */
	public ObjectRef object(String title, long... people) {
		Set<Long> ids = java.util.Arrays.stream(people).boxed().collect(java.util.stream.Collectors.toSet());
		return object(title, ids, ids);
	}

	/** The person may no longer see the object (nor attach to it). */
	public void hideFrom(ObjectRef ref, long personId) {
		this.samples.get(ref.id()).readers().remove(personId);
		this.samples.get(ref.id()).editors().remove(personId);
	}

	/** The person may see the object (and comment), not attach. */
	public void showTo(ObjectRef ref, long personId) {
		this.samples.get(ref.id()).readers().add(personId);
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		Sample sample = KIND.equals(ref.kind()) ? this.samples.get(ref.id()) : null;
		if (sample == null || !sample.readers().contains(actor.id())) {
			return Optional.empty();
		}
		return Optional.of(new ObjectCard(ref, sample.title(), "S-" + ref.id(), "/samples/" + ref.id(), null,
				Classification.PUBLIC));
	}

	@Override
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		Sample sample = this.samples.get(ref.id());
		return sample != null && sample.editors().contains(actor.id());
	}

	@Override
	public Optional<SearchText> searchText(ObjectRef ref) {
		return Optional.ofNullable(this.samples.get(ref.id()))
			.map(s -> new SearchText(s.title(), "", null, Classification.PUBLIC));
	}

	@Override
	public Stream<ObjectRef> all(String kind) {
		return this.samples.keySet().stream().map(id -> new ObjectRef(KIND, id));
	}

	private record Sample(String title, Set<Long> readers, Set<Long> editors) {
	}

}
