package org.agilepmo.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.GlobalRole;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Resources in the access matrix. Everyone signed in opens the heatmap, the lists and the
 * squads' composition, filtered to what they may see (a plain member sees themselves);
 * profiles and allocations are managed by the PMO and the centres' heads (only global
 * roles here: a head is named per centre); staffing requests follow their project's rule;
 * proposing and fulfilling take the centre's head or the PMO.
 */
final class ResourcesAccessEntries {

	private static final String FROM = "2032-01-05";

	private static final String TO = "2032-03-28";

	static final List<AccessMatrix.Entry> ENTRIES = List.of(
			signedIn("GET", "/resources", s -> AccessMatrix.Sample.of("/resources")),
			signedIn("GET", "/resources/capacity",
					s -> AccessMatrix.Sample.of("/resources/capacity?from=" + FROM + "&to=" + TO)),
			signedIn("GET", "/resources/capacity/{groupBy}/{key}/{granularity}/{start}",
					s -> AccessMatrix.Sample.of("/resources/capacity/person/" + f(s).bareProfile() + "/week/" + FROM)),
			signedIn("GET", "/resources/composition", s -> AccessMatrix.Sample.of("/resources/composition")),
			signedIn("GET", "/resources/squads/{id}",
					s -> AccessMatrix.Sample.of("/resources/squads/" + f(s).squad("M"))),
			role("POST", "/resources/squads/{id}/targets",
					s -> AccessMatrix.Sample.of("/resources/squads/" + f(s).squad("M") + "/targets")
						.form(Map.of("skillId", String.valueOf(f(s).skill("M")), "minLevel", "3", "headcount", "2")),
					PMO),
			signedIn("GET", "/resources/centres/{unitId}",
					s -> AccessMatrix.Sample.of("/resources/centres/" + f(s).centre("Matrix centre", null))),
			role("GET", "/resources/{id}", s -> AccessMatrix.Sample.of("/resources/" + f(s).bareProfile()), PMO),
			role("POST", "/resources/{id}/skills",
					s -> AccessMatrix.Sample.of("/resources/" + f(s).bareProfile() + "/skills")
						.form(Map.of("skillId", String.valueOf(f(s).skill("M")), "proficiency", "4")),
					PMO),
			role("POST", "/resources/{id}/languages",
					s -> AccessMatrix.Sample.of("/resources/" + f(s).bareProfile() + "/languages")
						.form(Map.of("language", "fr", "level", "B2")),
					PMO),
			role("POST", "/resources/{id}/leave",
					s -> AccessMatrix.Sample.of("/resources/" + f(s).bareProfile() + "/leave")
						.form(Map.of("firstDay", FROM, "lastDay", FROM)),
					PMO),
			role("POST", "/resources/{id}/rates",
					s -> AccessMatrix.Sample.of("/resources/" + f(s).bareProfile() + "/rates")
						.form(Map.of("amount", "90", "currency", "EUR", "validFrom", FROM)),
					PMO),
			role("POST", "/resources/{id}/allocations",
					s -> AccessMatrix.Sample.of("/resources/" + f(s).bareProfile() + "/allocations")
						.form(Map.of("target", "squad:" + f(s).squad("M"), "firstDay", FROM, "lastDay", TO, "loadKind",
								"PERCENT", "loadValue", "50")),
					PMO),
			role("POST", "/resources/{id}/pattern", s -> {
				long id = f(s).bareProfile();
				return AccessMatrix.Sample.of("/resources/" + id + "/pattern")
					.form(Map.of("version", String.valueOf(f(s).resourceVersion(id)), "hoursPerDay", "7.5", "days", "0",
							"partTimePercent", "50"));
			}, PMO), role("GET", "/resources/{id}/allocations/{allocationId}", s -> {
				long[] a = ownAllocation(s);
				return AccessMatrix.Sample.of("/resources/" + a[0] + "/allocations/" + a[1]);
			}, PMO), role("POST", "/resources/{id}/allocations/{allocationId}", s -> {
				long[] a = ownAllocation(s);
				return AccessMatrix.Sample.of("/resources/" + a[0] + "/allocations/" + a[1])
					.form(Map.of("version", String.valueOf(f(s).allocationVersion(a[1])), "firstDay", FROM, "lastDay",
							TO, "loadKind", "PERCENT", "loadValue", "40"));
			}, PMO), role("POST", "/resources/{id}/allocations/{allocationId}/end", s -> {
				long[] a = ownAllocation(s);
				return AccessMatrix.Sample.of("/resources/" + a[0] + "/allocations/" + a[1] + "/end")
					.form(Map.of("version", String.valueOf(f(s).allocationVersion(a[1]))));
			}, PMO), signedIn("GET", "/resources/requests", s -> AccessMatrix.Sample.of("/resources/requests")),
			signedIn("GET", "/resources/requests/new", s -> AccessMatrix.Sample.of("/resources/requests/new")),
			project("POST", "/resources/requests",
					s -> AccessMatrix.Sample.of("/resources/requests")
						.form(Map.of("projectId", String.valueOf(s.projectId()), "skillId",
								String.valueOf(f(s).skill("M")), "minLevel", "3", "screening", "NONE", "firstDay", FROM,
								"lastDay", TO, "loadKind", "PERCENT", "loadValue", "50"))),
			project("GET", "/resources/requests/{id}",
					s -> AccessMatrix.Sample.of("/resources/requests/" + staffing(s, "requested").requestId())),
			role("POST", "/resources/requests/{id}/proposal", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "requested");
				return AccessMatrix.Sample.of("/resources/requests/" + st.requestId() + "/proposal")
					.form(Map.of("version", String.valueOf(st.version()), "resourceId",
							String.valueOf(st.resourceId())));
			}, PMO), project("POST", "/resources/requests/{id}/acceptance", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "proposed");
				return AccessMatrix.Sample.of("/resources/requests/" + st.requestId() + "/acceptance")
					.form(Map.of("version", String.valueOf(st.version())));
			}), project("POST", "/resources/requests/{id}/decline", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "proposed");
				return AccessMatrix.Sample.of("/resources/requests/" + st.requestId() + "/decline")
					.form(Map.of("version", String.valueOf(st.version()), "reason", "Not this one"));
			}), project("POST", "/resources/requests/{id}/cancellation", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "requested");
				return AccessMatrix.Sample.of("/resources/requests/" + st.requestId() + "/cancellation")
					.form(Map.of("version", String.valueOf(st.version())));
			}), role("POST", "/resources/requests/{id}/fulfilment", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "accepted");
				return AccessMatrix.Sample.of("/resources/requests/" + st.requestId() + "/fulfilment")
					.form(Map.of("version", String.valueOf(st.version())));
			}, PMO),
			// API
			signedIn("GET", "/api/v1/capacity",
					s -> AccessMatrix.Sample.of("/api/v1/capacity?groupBy=centre&from=" + FROM + "&to=" + TO)),
			signedIn("GET", "/api/v1/capacity/drill",
					s -> AccessMatrix.Sample
						.of("/api/v1/capacity/drill?key=" + f(s).bareProfile() + "&from=" + FROM + "&to=" + TO)),
			signedIn("GET", "/api/v1/squads/{squadId}/composition",
					s -> AccessMatrix.Sample.of("/api/v1/squads/" + f(s).squad("M") + "/composition")),
			role("PUT", "/api/v1/squads/{squadId}/composition/{skillId}",
					s -> AccessMatrix.Sample.of("/api/v1/squads/" + f(s).squad("M") + "/composition/" + f(s).skill("M"))
						.json("{\"minLevel\":3,\"headcount\":2}"),
					PMO),
			signedIn("GET", "/api/v1/resources", s -> AccessMatrix.Sample.of("/api/v1/resources")),
			role("POST", "/api/v1/resources",
					s -> AccessMatrix.Sample.of("/api/v1/resources")
						.json("{\"kind\":\"FACILITY\",\"name\":\"Matrix lab\",\"country\":\"XM\","
								+ "\"weeklyCapacityHours\":20}"),
					PMO),
			role("GET", "/api/v1/resources/{id}",
					s -> AccessMatrix.Sample.of("/api/v1/resources/" + f(s).bareProfile()), PMO),
			role("PATCH", "/api/v1/resources/{id}", s -> {
				long id = f(s).bareProfile();
				return AccessMatrix.Sample.of("/api/v1/resources/" + id)
					.json("{\"partTimePercent\":80}")
					.ifMatch(f(s).resourceVersion(id));
			}, PMO),
			role("PUT", "/api/v1/resources/{id}/skills/{skillId}",
					s -> AccessMatrix.Sample
						.of("/api/v1/resources/" + f(s).bareProfile() + "/skills/" + f(s).skill("M"))
						.json("{\"proficiency\":3}"),
					PMO),
			role("DELETE", "/api/v1/resources/{id}/skills/{skillId}", s -> {
				long id = f(s).bareProfile();
				long skill = f(s).skill("M");
				f(s).rate(id, skill, 2);
				return AccessMatrix.Sample.of("/api/v1/resources/" + id + "/skills/" + skill);
			}, PMO),
			role("PUT", "/api/v1/resources/{id}/languages/{language}",
					s -> AccessMatrix.Sample.of("/api/v1/resources/" + f(s).bareProfile() + "/languages/es")
						.json("{\"level\":\"C1\"}"),
					PMO),
			role("DELETE", "/api/v1/resources/{id}/languages/{language}", s -> {
				long id = f(s).bareProfile();
				f(s).speaks(id, "ar", "B1");
				return AccessMatrix.Sample.of("/api/v1/resources/" + id + "/languages/ar");
			}, PMO),
			role("POST", "/api/v1/resources/{id}/rates",
					s -> AccessMatrix.Sample.of("/api/v1/resources/" + f(s).bareProfile() + "/rates")
						.json("{\"amount\":75.5,\"currency\":\"EUR\",\"validFrom\":\"" + FROM + "\"}"),
					PMO),
			role("POST", "/api/v1/resources/{id}/leave",
					s -> AccessMatrix.Sample.of("/api/v1/resources/" + f(s).bareProfile() + "/leave")
						.json("{\"firstDay\":\"" + FROM + "\",\"lastDay\":\"" + FROM + "\"}"),
					PMO),
			role("DELETE", "/api/v1/resources/{id}/leave/{leaveId}", s -> {
				long id = f(s).bareProfile();
				long leave = f(s).leaveId(id, LocalDate.parse(FROM), LocalDate.parse(FROM));
				return AccessMatrix.Sample.of("/api/v1/resources/" + id + "/leave/" + leave);
			}, PMO),
			role("GET", "/api/v1/resources/{id}/allocations",
					s -> AccessMatrix.Sample.of("/api/v1/resources/" + f(s).bareProfile() + "/allocations"), PMO),
			role("POST", "/api/v1/allocations", s -> AccessMatrix.Sample.of("/api/v1/allocations")
				.json("{\"resourceId\":" + f(s).bareProfile() + ",\"squadId\":" + f(s).squad("M") + ",\"firstDay\":\""
						+ FROM + "\",\"lastDay\":\"" + TO + "\",\"loadKind\":\"HOURS\",\"loadValue\":20}"),
					PMO),
			role("GET", "/api/v1/allocations/{id}", s -> AccessMatrix.Sample.of("/api/v1/allocations/" + allocation(s)),
					PMO),
			role("PUT", "/api/v1/allocations/{id}", s -> {
				long id = allocation(s);
				return AccessMatrix.Sample.of("/api/v1/allocations/" + id)
					.json("{\"firstDay\":\"" + FROM + "\",\"lastDay\":\"" + TO
							+ "\",\"loadKind\":\"PERCENT\",\"loadValue\":40}")
					.ifMatch(f(s).allocationVersion(id));
			}, PMO), role("DELETE", "/api/v1/allocations/{id}", s -> {
				long id = allocation(s);
				return AccessMatrix.Sample.of("/api/v1/allocations/" + id).ifMatch(f(s).allocationVersion(id));
			}, PMO), signedIn("GET", "/api/v1/skills", s -> AccessMatrix.Sample.of("/api/v1/skills")),
			role("POST", "/api/v1/skills",
					s -> AccessMatrix.Sample.of("/api/v1/skills")
						.json("{\"code\":\"" + s.newCode() + "\",\"name\":\"Matrix skill\"}"),
					PMO),
			signedIn("GET", "/api/v1/holidays", s -> AccessMatrix.Sample.of("/api/v1/holidays?country=XM")),
			role("POST", "/api/v1/holidays",
					s -> AccessMatrix.Sample.of("/api/v1/holidays")
						.json("{\"country\":\"XM\",\"day\":\"2032-05-01\",\"name\":\"Matrix day\"}"),
					PMO),
			role("PUT", "/api/v1/competency-centres/{unitId}/head",
					s -> AccessMatrix.Sample
						.of("/api/v1/competency-centres/" + f(s).centre("Matrix centre", null) + "/head")
						.json("{\"personId\":" + s.member().id() + "}"),
					GlobalRole.ADMINISTRATOR),
			signedIn("GET", "/api/v1/staffing-requests", s -> AccessMatrix.Sample.of("/api/v1/staffing-requests")),
			project("POST", "/api/v1/staffing-requests",
					s -> AccessMatrix.Sample.of("/api/v1/staffing-requests")
						.json("{\"projectId\":" + s.projectId() + ",\"skillId\":" + f(s).skill("M")
								+ ",\"minLevel\":3,\"firstDay\":\"" + FROM + "\",\"lastDay\":\"" + TO
								+ "\",\"loadKind\":\"PERCENT\",\"loadValue\":50}")),
			project("GET", "/api/v1/staffing-requests/{id}",
					s -> AccessMatrix.Sample.of("/api/v1/staffing-requests/" + staffing(s, "requested").requestId())),
			role("GET", "/api/v1/staffing-requests/{id}/candidates",
					s -> AccessMatrix.Sample
						.of("/api/v1/staffing-requests/" + staffing(s, "requested").requestId() + "/candidates"),
					PMO),
			role("POST", "/api/v1/staffing-requests/{id}/proposal", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "requested");
				return AccessMatrix.Sample.of("/api/v1/staffing-requests/" + st.requestId() + "/proposal")
					.json("{\"resourceId\":" + st.resourceId() + "}")
					.ifMatch(st.version());
			}, PMO), project("POST", "/api/v1/staffing-requests/{id}/acceptance", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "proposed");
				return AccessMatrix.Sample.of("/api/v1/staffing-requests/" + st.requestId() + "/acceptance")
					.ifMatch(st.version());
			}), project("POST", "/api/v1/staffing-requests/{id}/decline", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "proposed");
				return AccessMatrix.Sample.of("/api/v1/staffing-requests/" + st.requestId() + "/decline")
					.json("{\"reason\":\"Not this one\"}")
					.ifMatch(st.version());
			}), project("POST", "/api/v1/staffing-requests/{id}/cancellation", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "requested");
				return AccessMatrix.Sample.of("/api/v1/staffing-requests/" + st.requestId() + "/cancellation")
					.json("{\"reason\":\"No longer needed\"}")
					.ifMatch(st.version());
			}), role("POST", "/api/v1/staffing-requests/{id}/fulfilment", s -> {
				ResourcesFixtures.Staffing st = staffing(s, "accepted");
				return AccessMatrix.Sample.of("/api/v1/staffing-requests/" + st.requestId() + "/fulfilment")
					.ifMatch(st.version());
			}, PMO));

	private ResourcesAccessEntries() {
	}

	private static ResourcesFixtures f(AccessMatrix.Scene scene) {
		return scene.bean(ResourcesFixtures.class);
	}

	private static ResourcesFixtures.Staffing staffing(AccessMatrix.Scene scene, String stage) {
		return f(scene).staffing(scene.projectId(), stage);
	}

	/** A profile and its allocation to a squad: their ids. */
	private static long[] ownAllocation(AccessMatrix.Scene scene) {
		long resource = f(scene).bareProfile();
		return new long[] { resource, f(scene).allocate(resource, null, f(scene).squad("M"), LocalDate.parse(FROM),
				LocalDate.parse(TO), true, "30") };
	}

	private static long allocation(AccessMatrix.Scene scene) {
		return f(scene).allocate(f(scene).bareProfile(), null, f(scene).squad("M"), LocalDate.parse(FROM),
				LocalDate.parse(TO), true, "30");
	}

}
