// The entity page: names, posts, statements made and received, treaties, a timeline and the facts with their
// evidence; and the fact panel (a fact's properties, the quotation it rests on among them).
import { el, compose, fetchJson, kindBadge, relBadge, entityLink, days, number, hashFor, dataTable, highlighted, safeLink,
  setStatus, timingText, KIND_LABEL, KIND_LABEL_RECEIVED } from "./util.js";
import { openFact } from "./app.js";

const CONFIDENCES = [["0.51", "facts, not guesses (> 0.5)"], ["0.8", "confidence ≥ 0.8"], ["0.5", "with guesses (≥ 0.5)"], ["0", "everything"]];
const PAGE = 50;

export async function showEntity(main, params, current) {
  const iri = params.get("iri");
  if (!iri) throw new Error("no entity given");
  const filter = { min: params.get("min") || "0.51", since: params.get("since") || "", until: params.get("until") || "" };
  const query = new URLSearchParams({ iri, min: filter.min, limit: PAGE });
  if (filter.since) query.set("since", filter.since);
  if (filter.until) query.set("until", filter.until);
  const entity = await fetchJson(`api/entity?${query}`);
  if (!current()) return;
  const timing = timingText();

  const head = compose("div", "entity-head", el("h1", entity.label), kindBadge(entity.kind),
    entity.isoCode ? el("span", entity.isoCode, "hint") : null);
  const others = entity.names.filter((n) => n !== entity.label);
  const graphLink = el("a", `Graph around ${entity.label}`);
  graphLink.href = hashFor("graph", { focus: iri, min: filter.min, since: filter.since, until: filter.until });
  const about = compose("p", null, others.length ? `Also named: ${others.join(" · ")}. ` : "", graphLink);
  const iriLine = el("p", iri, "hint");

  const form = filterForm(filter, (next) => { location.hash = hashFor("entity", { iri, ...next }); });
  const summary = el("p", `${number(entity.factCount)} facts shown`
    + (entity.hiddenCount ? `; ${number(entity.hiddenCount)} more below the confidence chosen (guesses among them)` : "") + ".", "hint");
  if (entity.hiddenCount && filter.min !== "0") {
    const all = el("a", "show them");
    all.href = hashFor("entity", { iri, min: "0", since: filter.since, until: filter.until });
    summary.append(" ", all);
  }
  const children = [head, about, iriLine, form, summary];
  if (entity.timeline.length) children.push(timeline(entity.timeline));
  const tables = el("div", null, "grid cols-2");
  const file = (name) => `${slug(entity.label)}-${name}.csv`;
  const other = { title: "", value: (g) => g.other.label, cell: (g) => entityLink(g.other) };
  const count = { title: "facts", value: (g) => g.count, num: true };
  const seen = [{ title: "first seen", value: (g) => g.first }, { title: "last seen", value: (g) => g.last }];
  const groups = (list) => list.filter((g) => !g.more);
  if (entity.posts.length) {
    tables.append(dataTable("Posts held", [{ title: "post", value: (g) => g.role }, { ...other, title: "of" },
      { title: "status", value: (g) => (g.current === false ? "former" : "current") }, ...seen, count], groups(entity.posts), file("posts")));
  }
  if (entity.holders.length) {
    tables.append(dataTable("Posts held here", [{ ...other, title: "person" }, { title: "post", value: (g) => g.role },
      { title: "status", value: (g) => (g.current === false ? "former" : "current") }, ...seen, count], groups(entity.holders), file("holders")));
  }
  const kindColumn = (received) => ({ title: "kind", value: (g) => (received ? KIND_LABEL_RECEIVED : KIND_LABEL)[g.relation] || g.relation,
    cell: (g) => relBadge(g.relation, received) });
  if (entity.made.length || entity.kind === "Person") {
    tables.append(dataTable("Statements made", [kindColumn(false), { ...other, title: "about" }, count, ...seen], groups(entity.made), file("made")));
  }
  if (entity.received.length || entity.kind !== "Treaty") {
    tables.append(dataTable("Statements received", [kindColumn(true), { ...other, title: "from" }, count, ...seen], groups(entity.received),
      file("received")));
  }
  if (entity.treaties.length) {
    tables.append(dataTable("Treaties", [{ ...other, title: "treaty" }, { title: "as", value: (g) => (g.relation === "signed" ? "signatory" : "party") },
      count, ...seen], groups(entity.treaties), file("treaties")));
  }
  if (entity.signers.length) {
    tables.append(dataTable("Signed and joined by", [{ ...other, title: "who" }, { title: "as", value: (g) => (g.relation === "signed" ? "signatory" : "party") },
      count, ...seen], groups(entity.signers), file("signers")));
  }
  if (entity.reported.length) {
    tables.append(dataTable("Statements it reported", [kindColumn(false), { ...other, title: "speaker" }, count, ...seen], groups(entity.reported),
      file("reported")));
  }
  children.push(tables);

  const factsBox = el("section", null, "card");
  factsBox.id = "facts";
  factsBox.append(el("h2", "Facts and their evidence, newest first"));
  const list = el("div");
  factsBox.append(list);
  appendFacts(list, entity.facts, entity);
  if (entity.factCount > entity.facts.length) {
    const more = el("button", "More facts");
    more.type = "button";
    let offset = entity.facts.length;
    more.addEventListener("click", async () => {
      more.disabled = true;
      const next = new URLSearchParams(query);
      next.set("offset", offset);
      const page = await fetchJson(`api/entity?${next}`);
      appendFacts(list, page.facts, entity);
      offset += page.facts.length;
      more.disabled = offset >= entity.factCount;
      more.hidden = more.disabled;
    });
    factsBox.append(more);
  }
  children.push(factsBox);
  main.replaceChildren(...children);
  setStatus(`${entity.label}: ${number(entity.factCount)} facts · ${timing}`);
}

/** The confidence and date controls shared by the entity page and the graph view's link. */
export function filterForm(filter, apply) {
  const form = el("form", null, "filters");
  const min = el("select");
  min.name = "min";
  for (const [value, label] of CONFIDENCES) {
    const option = el("option", label);
    option.value = value;
    min.append(option);
  }
  min.value = filter.min;
  const since = el("input");
  since.type = "text";
  since.name = "since";
  since.placeholder = "yyyy[-mm[-dd]]";
  since.value = filter.since;
  const until = el("input");
  until.type = "text";
  until.name = "until";
  until.placeholder = "yyyy[-mm[-dd]]";
  until.value = filter.until;
  const button = el("button", "Apply", "primary");
  button.type = "submit";
  form.append(compose("label", null, "Show", min), compose("label", null, "from", since), compose("label", null, "to", until), button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply({ min: min.value, since: since.value.trim(), until: until.value.trim() });
  });
  return form;
}

function appendFacts(list, facts, entity) {
  for (const fact of facts) list.append(factCard(fact, entity));
}

/** One fact: who did what to whom, when, how sure; the sentence with the evidence marked; the article. */
function factCard(fact, entity) {
  const box = el("div", null, "fact");
  box.dataset.fact = fact.fact;
  const self = { iri: entity.iri, label: entity.label, kind: entity.kind };
  const received = ["received", "postIn", "signedBy", "partyOf"].includes(fact.side);
  const [from, to] = received ? [fact.other, self] : [self, fact.other];
  const what = compose("div", "what", entityLink(from), " ", relBadge(fact.relation), " ", entityLink(to),
    fact.role ? el("span", ` as ${fact.role}`) : null);
  const meta = el("div", `${fact.day || "undated"} · confidence ${fact.confidence.toFixed(2)}`
    + (fact.source ? ` · ${fact.source}` : "") + (fact.outlet ? ` · reported by ${fact.outlet.label}` : ""), "meta");
  box.append(what, meta, highlighted(fact.sentence, fact.highlight));
  if (fact.quote) box.append(compose("div", "meta", "quote: ", el("q", fact.quote)));
  for (const words of fact.quotations || []) box.append(compose("blockquote", "quotation", "“", words, "”"));
  const source = compose("div", "meta", "Article: ", fact.url ? safeLink(fact.url, fact.title || fact.url) : el("span", fact.title || fact.articleId || ""));
  const details = el("a", "details");
  details.href = "#";
  details.className = "iri-link";
  details.addEventListener("click", (event) => {
    event.preventDefault();
    openFact(fact.fact);
  });
  source.append(" · ", details);
  box.append(source);
  return box;
}

/** The fact panel: its kind, confidence, each property (the quotation it rests on among them), the sentence and the article. */
export async function showFact(iri) {
  const described = await fetchJson(`api/fact?${new URLSearchParams({ iri })}`);
  const children = [el("h2", described.label || described.kind || "Fact"), el("p", iri, "hint")];
  if (!described.facts.length) children.push(el("p", "The store holds no fact of that IRI.", "hint"));
  for (const fact of described.facts) {
    const box = el("div", null, "fact");
    box.append(compose("div", "what", fact.kind, el("span", ` · confidence ${Number(fact.confidence).toFixed(2)}`, "hint")));
    const list = el("dl");
    for (const detail of fact.details) {
      list.append(el("dt", detail.property));
      const dd = el("dd");
      if (detail.iri) {
        const a = el("a", detail.value);
        a.href = hashFor("entity", { iri: detail.iri });
        a.title = detail.iri;
        dd.append(a);
      } else {
        dd.textContent = detail.value;
      }
      list.append(dd);
    }
    box.append(list);
    if (fact.sentence) box.append(el("blockquote", fact.sentence, "evidence"));
    box.append(compose("p", "meta", "Article: ", fact.url ? safeLink(fact.url, fact.title || fact.url) : el("span", fact.title || fact.article)));
    children.push(box);
  }
  return children;
}

/** Every month from the first to the last, those without facts as zeros, so that the axis is time. */
function continuous(months) {
  const known = new Map(months.map((m) => [m.month, m]));
  const [fy, fm] = months[0].month.split("-").map(Number);
  const [ly, lm] = months[months.length - 1].month.split("-").map(Number);
  const span = (ly - fy) * 12 + (lm - fm) + 1;
  if (span > 600) return months;
  const all = [];
  for (let i = 0; i < span; i++) {
    const y = fy + Math.floor((fm - 1 + i) / 12);
    const m = ((fm - 1 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, "0")}`;
    all.push(known.get(key) || { month: key, posts: 0, made: 0, received: 0, treaties: 0 });
  }
  return all;
}

/** Facts per month as stacked bars: posts, statements made, received, treaties. */
function timeline(sparse) {
  const months = continuous(sparse);
  const box = el("section", null, "card");
  box.id = "timeline";
  const series = [["made", "statements made", "var(--criticize)"], ["received", "statements received", "var(--demand)"],
    ["posts", "posts", "var(--post)"], ["treaties", "treaties", "var(--signed)"]];
  const legend = el("div", null, "legend");
  for (const [, label, colour] of series) {
    const swatch = el("span", null, "swatch");
    swatch.style.background = colour;
    legend.append(compose("span", null, swatch, label));
  }
  box.append(compose("div", "table-head", el("h2", "Timeline: facts per month"), legend));
  const width = 1100;
  const height = 170;
  const margin = { top: 8, right: 8, bottom: 24, left: 36 };
  const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("role", "img").attr("aria-label", "Facts per month");
  const names = series.map((s) => s[0]);
  const stacked = d3.stack().keys(names)(months);
  // bars at most 36 units wide, so a few months do not fill the chart
  const right = Math.min(width - margin.right, margin.left + months.length * 36);
  const every = Math.max(1, Math.ceil(months.length / 14));
  const x = d3.scaleBand().domain(months.map((m) => m.month)).range([margin.left, right]).padding(0.15);
  const top = d3.max(months, (m) => names.reduce((sum, n) => sum + m[n], 0)) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
  svg.append("g").selectAll("g").data(stacked).join("g").attr("fill", (d, i) => series[i][2])
    .selectAll("rect").data((d) => d).join("rect")
    .attr("x", (d) => x(d.data.month)).attr("width", x.bandwidth())
    .attr("y", (d) => y(d[1])).attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
    .append("title").text((d) => `${d.data.month}: ${names.map((n) => `${d.data[n]} ${n}`).join(", ")}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(months.map((m) => m.month).filter((m, i) => i % every === 0)).tickSizeOuter(0));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(4));
  box.append(svg.node());
  return box;
}

function slug(text) {
  return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "entity";
}
