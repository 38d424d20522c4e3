package org.agilepmo.finance.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.agilepmo.finance.CostLedger;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donor-funded projects as IATI activities (standard 2.03): the reporting organisation,
 * the title and description, the donors as funding organisations and this organisation as
 * implementing, the status from the project's stage, the planned dates, the approved
 * budget by calendar year, commitments (IATI transaction type 2) and expenditure (type 4)
 * in their own currencies, the grants' conditions, and the plan's top-level deliverables
 * as results with their percent complete. A project is donor-funded when a grant funds
 * one of its budget lines.
 */
@Service
public class IatiExport {

	private static final String VERSION = "2.03";

	private final FinanceAccess access;

	private final BudgetService budgets;

	private final FundingService funding;

	private final Costs costs;

	private final PlanProgress plans;

	private final Clock clock;

	private final String organisationRef;

	private final String organisationName;

	IatiExport(FinanceAccess access, BudgetService budgets, FundingService funding, Costs costs, PlanProgress plans,
			Optional<Clock> clock, @Value("${pmo.finance.iati.organisation-ref:XI-IATI-AGILEPMO}") String ref,
			@Value("${pmo.finance.iati.organisation-name:Agile PMO}") String name) {
		this.access = access;
		this.budgets = budgets;
		this.funding = funding;
		this.costs = costs;
		this.plans = plans;
		this.clock = clock.orElse(Clock.systemUTC());
		this.organisationRef = ref;
		this.organisationName = name;
	}

	/** One project as an IATI activities file; 404 when it is not donor-funded. */
	@Transactional(readOnly = true)
	public byte[] project(Actor actor, long projectId) {
		ProjectOverview project = this.access.visibleProjects(actor).get(projectId);
		if (project == null || grantsOf(projectId).isEmpty()) {
			throw new NotFoundException("donor-funded project", projectId);
		}
		return write(actor, List.of(project));
	}

	/** Every donor-funded project the person may see, as one file. */
	@Transactional(readOnly = true)
	public byte[] organisation(Actor actor) {
		List<ProjectOverview> funded = this.access.visibleProjects(actor)
			.values()
			.stream()
			.filter(p -> !grantsOf(p.id()).isEmpty())
			.toList();
		if (funded.isEmpty()) {
			throw new NotFoundException("donor-funded projects", actor.id());
		}
		return write(actor, funded);
	}

	private List<FundingSource> grantsOf(long projectId) {
		Map<Long, FundingSource> grants = new LinkedHashMap<>();
		for (LineFunding f : this.funding.fundingsOf(projectId)) {
			FundingSource s = this.funding.source(f.sourceId());
			if (s.isGrant()) {
				grants.put(s.id(), s);
			}
		}
		return new ArrayList<>(grants.values());
	}

	private byte[] write(Actor actor, List<ProjectOverview> projects) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("iati-activities");
			xml.writeAttribute("version", VERSION);
			xml.writeAttribute("generated-datetime", this.clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
			for (ProjectOverview project : projects) {
				activity(xml, actor, project);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private void activity(XMLStreamWriter xml, Actor actor, ProjectOverview project) throws XMLStreamException {
		Optional<BudgetVersion> budget = this.budgets.current(project.id());
		List<FundingSource> grants = grantsOf(project.id());
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
		budget.ifPresent(b -> attribute(xml, "default-currency", b.currency()));
		text(xml, "iati-identifier", this.organisationRef + "-" + project.code());
		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", this.organisationRef);
		xml.writeAttribute("type", "40");
		narrative(xml, this.organisationName);
		xml.writeEndElement();
		xml.writeStartElement("title");
		narrative(xml, project.name());
		xml.writeEndElement();
		xml.writeStartElement("description");
		xml.writeAttribute("type", "1");
		narrative(xml, project.code() + " \u00b7 " + project.name() + " (" + project.portfolioName() + ")");
		xml.writeEndElement();
		for (FundingSource grant : grants) {
			xml.writeStartElement("participating-org");
			xml.writeAttribute("role", "1");
			narrative(xml, grant.donor());
			xml.writeEndElement();
		}
		xml.writeStartElement("participating-org");
		xml.writeAttribute("ref", this.organisationRef);
		xml.writeAttribute("role", "4");
		xml.writeAttribute("type", "40");
		narrative(xml, this.organisationName);
		xml.writeEndElement();
		xml.writeEmptyElement("activity-status");
		xml.writeAttribute("code", status(project.stage()));
		LocalDate start = project.plannedStart();
		LocalDate end = project.plannedFinish();
		if (start == null && budget.isPresent() && !budget.get().lines().isEmpty()) {
			start = budget.get().lines().stream().map(l -> l.firstMonth().atDay(1)).min(LocalDate::compareTo).get();
		}
		if (end == null && budget.isPresent() && !budget.get().lines().isEmpty()) {
			end = budget.get().lines().stream().map(l -> l.lastMonth().atEndOfMonth()).max(LocalDate::compareTo).get();
		}
		date(xml, "1", start != null ? start : LocalDate.now(this.clock));
		if (end != null) {
			date(xml, "3", end);
		}
		if (budget.isPresent()) {
			budgets(xml, budget.get());
		}
		for (Cost cost : this.costs.findByProjectIdOrderByDateAscIdAsc(project.id())) {
			transaction(xml, cost);
		}
		List<String> conditions = grants.stream()
			.map(FundingSource::conditions)
			.filter(c -> c != null && !c.isBlank())
			.toList();
		xml.writeStartElement("conditions");
		xml.writeAttribute("attached", conditions.isEmpty() ? "0" : "1");
		for (String condition : conditions) {
			xml.writeStartElement("condition");
			xml.writeAttribute("type", "1");
			narrative(xml, condition);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		results(xml, actor, project.id());
		xml.writeEndElement();
	}

	private void budgets(XMLStreamWriter xml, BudgetVersion budget) throws XMLStreamException {
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		Map<Integer, YearMonth[]> span = new TreeMap<>();
		for (BudgetLine line : budget.lines()) {
			for (Map.Entry<YearMonth, BigDecimal> m : line.byMonth().entrySet()) {
				int year = m.getKey().getYear();
				byYear.merge(year, m.getValue(), BigDecimal::add);
				YearMonth[] s = span.computeIfAbsent(year, y -> new YearMonth[] { m.getKey(), m.getKey() });
				s[0] = m.getKey().isBefore(s[0]) ? m.getKey() : s[0];
				s[1] = m.getKey().isAfter(s[1]) ? m.getKey() : s[1];
			}
		}
		for (Map.Entry<Integer, BigDecimal> year : byYear.entrySet()) {
			YearMonth[] s = span.get(year.getKey());
			xml.writeStartElement("budget");
			xml.writeAttribute("type", "1");
			xml.writeAttribute("status", budget.isDraft() ? "1" : "2");
			xml.writeEmptyElement("period-start");
			xml.writeAttribute("iso-date", iso(s[0].atDay(1)));
			xml.writeEmptyElement("period-end");
			xml.writeAttribute("iso-date", iso(s[1].atEndOfMonth()));
			xml.writeStartElement("value");
			xml.writeAttribute("currency", budget.currency());
			xml.writeAttribute("value-date", iso(s[0].atDay(1)));
			xml.writeCharacters(year.getValue().toPlainString());
			xml.writeEndElement();
			xml.writeEndElement();
		}
	}

	private static void transaction(XMLStreamWriter xml, Cost cost) throws XMLStreamException {
		xml.writeStartElement("transaction");
		if (cost.reference() != null) {
			xml.writeAttribute("ref", cost.reference());
		}
		xml.writeEmptyElement("transaction-type");
		xml.writeAttribute("code", cost.kind() == CostLedger.Kind.COMMITMENT ? "2" : "4");
		xml.writeEmptyElement("transaction-date");
		xml.writeAttribute("iso-date", iso(cost.date()));
		xml.writeStartElement("value");
		xml.writeAttribute("currency", cost.currency());
		xml.writeAttribute("value-date", iso(cost.date()));
		xml.writeCharacters(cost.amount().toPlainString());
		xml.writeEndElement();
		if (cost.description() != null) {
			xml.writeStartElement("description");
			narrative(xml, cost.description());
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void results(XMLStreamWriter xml, Actor actor, long projectId) throws XMLStreamException {
		var plan = this.plans.progress(projectId, null, actor);
		if (plan.isEmpty()) {
			return;
		}
		int year = LocalDate.now(this.clock).getYear();
		for (PlanProgress.ProgressedActivity a : plan.get().activities()) {
			if (a.parentId() != null) {
				continue;
			}
			xml.writeStartElement("result");
			xml.writeAttribute("type", "1");
			xml.writeStartElement("title");
			narrative(xml, a.name());
			xml.writeEndElement();
			xml.writeStartElement("indicator");
			xml.writeAttribute("measure", "2");
			xml.writeAttribute("ascending", "1");
			xml.writeStartElement("title");
			narrative(xml, "Work complete (%)");
			xml.writeEndElement();
			xml.writeEmptyElement("baseline");
			xml.writeAttribute("year", String.valueOf(year));
			xml.writeAttribute("value", "0");
			xml.writeStartElement("period");
			xml.writeEmptyElement("period-start");
			xml.writeAttribute("iso-date", iso(LocalDate.of(year, 1, 1)));
			xml.writeEmptyElement("period-end");
			xml.writeAttribute("iso-date", iso(LocalDate.of(year, 12, 31)));
			xml.writeEmptyElement("target");
			xml.writeAttribute("value", "100");
			xml.writeEmptyElement("actual");
			xml.writeAttribute("value", String.valueOf(a.percentComplete()));
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		}
	}

	/**
	 * IATI's ActivityStatus code list: 1 pipeline, 2 implementation, 3 finalisation, 4
	 * closed, 5 cancelled, 6 suspended.
	 */
	static String status(Stage stage) {
		return switch (stage) {
			case CONCEPT, SCOPING, PLANNING -> "1";
			case EXECUTION -> "2";
			case GO_LIVE -> "3";
			case CLOSED -> "4";
			case CANCELLED -> "5";
			case ON_HOLD -> "6";
		};
	}

	private static void date(XMLStreamWriter xml, String type, LocalDate day) throws XMLStreamException {
		xml.writeEmptyElement("activity-date");
		xml.writeAttribute("iso-date", iso(day));
		xml.writeAttribute("type", type);
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void narrative(XMLStreamWriter xml, String value) throws XMLStreamException {
		text(xml, "narrative", value == null ? "" : value);
	}

	private static void attribute(XMLStreamWriter xml, String name, String value) {
		try {
			xml.writeAttribute(name, value);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String iso(LocalDate day) {
		return day.format(DateTimeFormatter.ISO_LOCAL_DATE);
	}

}
