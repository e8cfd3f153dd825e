// The graph view: statements and posts around an entity (or the whole store), aggregated by the server into
// directed edges of one kind between two entities, coloured by kind, as wide as the facts they stand for.
import { $, el, compose, fetchJson, kindBadge, relBadge, entityLink, days, number, hashFor, dataTable, highlighted, safeLink,
  setStatus, timingText, entityInput, KINDS, KIND_LABEL, ENTITY_KINDS, KIND_NAME } from "./util.js";
import { openPanel, openFact } from "./app.js";

const LIMITS = ["20", "40", "80", "150"];
const CONFIDENCES = [["0.51", "facts, not guesses (> 0.5)"], ["0.8", "confidence ≥ 0.8"], ["0.5", "with guesses (≥ 0.5)"], ["0", "everything"]];

export async function showGraph(main, params, current) {
  const state = {
    focus: params.get("focus") || "",
    kinds: params.get("kinds") ? params.get("kinds").split(",") : [...KINDS],
    min: params.get("min") || "0.51",
    since: params.get("since") || "",
    until: params.get("until") || "",
    outlet: params.get("outlet") || "",
    limit: params.get("limit") || "40",
  };
  const query = new URLSearchParams({ min: state.min, limit: state.limit });
  for (const key of ["focus", "since", "until", "outlet"]) if (state[key]) query.set(key, state[key]);
  if (state.kinds.length !== KINDS.length) query.set("kinds", state.kinds.join(","));
  const [view, outlets] = await Promise.all([fetchJson(`api/graph?${query}`), fetchJson("api/outlets")]);
  const timing = timingText();
  if (!current()) return;

  const focusNode = view.nodes.find((n) => n.iri === view.focus);
  const title = el("h1", focusNode ? `Around ${focusNode.label}` : view.focus ? "Around an entity the store does not know" : "The whole store");
  const status = el("p", `${view.nodes.length} of ${number(view.totalNodes)} entities, ${view.edges.length} edges for ${number(view.facts)} facts`
    + (view.totalNodes > view.nodes.length ? " (the best connected are kept; raise the node limit for more)" : "") + ".", "hint");
  status.id = "graph-status";
  const layout = el("div", null, "graph-layout");
  const box = el("div", null, "graph-box");
  const svg = d3.create("svg").attr("id", "graph-svg").attr("role", "img").attr("aria-label", title.textContent);
  box.append(svg.node(), legend());
  layout.append(controls(state, outlets, focusNode ? focusNode.label : ""), box);
  const edgeRows = view.edges.map((e) => ({ ...e, from: node(view, e.source), to: node(view, e.target) }));
  const table = dataTable("Edges", [
    { title: "from", value: (e) => e.from.label, cell: (e) => entityLink(e.from) },
    { title: "kind", value: (e) => KIND_LABEL[e.relation], cell: (e) => relBadge(e.relation) },
    { title: "to", value: (e) => e.to.label, cell: (e) => entityLink(e.to) },
    { title: "facts", value: (e) => e.count, num: true },
    { title: "first", value: (e) => e.first }, { title: "last", value: (e) => e.last },
    { title: "from IRI", value: (e) => e.source, csvOnly: true }, { title: "to IRI", value: (e) => e.target, csvOnly: true },
  ], edgeRows.sort((a, b) => b.count - a.count), "graph-edges.csv", "one line per edge; CSV has the IRIs too");
  main.replaceChildren(title, status, layout, table);
  if (!current()) return;
  draw(svg, view, state);
  setStatus(`graph: ${view.nodes.length} nodes, ${view.edges.length} edges · ${timing}`);
}

function node(view, iri) {
  return view.nodes.find((n) => n.iri === iri) || { iri, label: iri, kind: null };
}

function controls(state, outlets, focusLabel) {
  const form = el("form", null, "graph-controls");
  form.id = "graph-controls";
  let focus = state.focus;
  const focusBox = el("fieldset");
  focusBox.append(el("legend", "Around"));
  const picker = entityInput("a person, country, organisation…", null, (item) => { focus = item.iri; }, focusLabel);
  picker.input.name = "focus";
  const whole = el("label");
  const wholeBox = el("input");
  wholeBox.type = "checkbox";
  wholeBox.name = "whole";
  wholeBox.checked = !state.focus;
  whole.append(wholeBox, " the whole store");
  picker.input.addEventListener("input", () => { wholeBox.checked = false; });
  focusBox.append(picker.wrap, whole);

  const kindBox = el("fieldset");
  kindBox.append(el("legend", "Kinds of fact"));
  for (const kind of KINDS) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.name = "kind";
    box.value = kind;
    box.checked = state.kinds.includes(kind);
    label.append(box, " ", relBadge(kind));
    kindBox.append(label);
  }

  const min = select("min", CONFIDENCES, state.min);
  const limit = select("limit", LIMITS.map((l) => [l, `${l} entities`]), state.limit);
  const outlet = select("outlet", [["", "any outlet"], ...outlets.map((o) => [o.label, `${o.label} (${o.kind === "publisher" ? `${o.articles} articles` : "reporting"})`])],
    state.outlet);
  const since = text("since", state.since);
  const until = text("until", state.until);
  const filterBox = el("fieldset");
  filterBox.append(el("legend", "Filters"), compose("label", null, "Show ", min), compose("label", null, "From ", since),
    compose("label", null, "To ", until), compose("label", null, "Outlet ", outlet), compose("label", null, "At most ", limit));
  const apply = el("button", "Draw", "primary");
  apply.type = "submit";
  form.append(focusBox, kindBox, filterBox, apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const kinds = [...form.querySelectorAll("input[name=kind]:checked")].map((b) => b.value);
    location.hash = hashFor("graph", {
      focus: wholeBox.checked ? "" : focus, kinds: kinds.length === KINDS.length ? "" : kinds.join(","), min: min.value,
      since: since.value.trim(), until: until.value.trim(), outlet: outlet.value, limit: limit.value,
    });
  });
  return form;
}

function select(name, options, value) {
  const s = el("select");
  s.name = name;
  for (const [v, label] of options) {
    const o = el("option", label);
    o.value = v;
    s.append(o);
  }
  s.value = value;
  return s;
}

function text(name, value) {
  const input = el("input");
  input.type = "text";
  input.name = name;
  input.placeholder = "yyyy[-mm[-dd]]";
  input.value = value;
  return input;
}

function legend() {
  const box = el("div", null, "legend");
  box.style.padding = "0.4em 0.8em";
  for (const kind of KINDS) {
    const swatch = el("span", null, "swatch");
    swatch.style.background = `var(--${kind})`;
    box.append(compose("span", null, swatch, KIND_LABEL[kind]));
  }
  box.append(el("span", "·", "hint"));
  for (const kind of ENTITY_KINDS) {
    const dot = el("span", null, "swatch");
    dot.style.background = `var(--${kind})`;
    dot.style.borderRadius = "50%";
    box.append(compose("span", null, dot, KIND_NAME[kind]));
  }
  box.append(el("span", "Arrows point from who acts to what it is about; width grows with the number of facts.", "hint"));
  return box;
}

/** Lays the graph out (a fixed number of force steps, then still) and draws it. */
function draw(svg, view, state) {
  const width = 1000;
  const height = 640;
  svg.attr("viewBox", [0, 0, width, height]);
  const nodes = view.nodes.map((n) => ({ ...n, id: n.iri }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = view.edges.map((e) => ({ ...e }));
  // several edges between one pair bend apart
  const pairs = new Map();
  for (const link of links) {
    const key = [link.source, link.target].sort().join(" ");
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(link);
  }
  for (const group of pairs.values()) {
    group.forEach((link, i) => {
      const sign = link.source < link.target ? 1 : -1;
      link.bend = sign * (group.length === 1 ? 0.12 : 0.12 + 0.22 * i);
    });
  }
  const radius = (n) => Math.min(24, 5 + Math.sqrt(n.weight || 1) * 1.6);
  const focus = byId.get(view.focus);
  if (focus) {
    focus.fx = width / 2;
    focus.fy = height / 2;
  }
  // a few nodes spread over the box, many keep to their neighbours
  const spread = Math.max(110, Math.min(200, 620 / Math.sqrt(nodes.length || 1)));
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance((l) => spread + 6 * Math.min(10, l.count)).strength(0.25))
    .force("charge", d3.forceManyBody().strength(-450))
    .force("collide", d3.forceCollide().radius((d) => radius(d) + 14))
    .force("x", d3.forceX(width / 2).strength(0.035))
    .force("y", d3.forceY(height / 2).strength(0.06))
    .stop();
  for (let i = 0; i < 320; i++) simulation.tick();
  for (const n of nodes) {
    n.x = Math.max(30, Math.min(width - 30, n.x));
    n.y = Math.max(20, Math.min(height - 20, n.y));
  }

  const defs = svg.append("defs");
  for (const kind of KINDS) {
    defs.append("marker").attr("id", `arrow-${kind}`).attr("viewBox", "0 -5 10 10").attr("refX", 9).attr("refY", 0)
      .attr("markerWidth", 5).attr("markerHeight", 5).attr("orient", "auto").attr("markerUnits", "strokeWidth")
      .append("path").attr("d", "M0,-4L10,0L0,4").attr("fill", `var(--${kind})`);
  }
  const layer = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.3, 4]).on("zoom", (event) => layer.attr("transform", event.transform)));
  const edge = layer.append("g").selectAll("path").data(links).join("path")
    .attr("class", (d) => `edge ${d.relation}`)
    .attr("stroke", (d) => `var(--${d.relation})`)
    .attr("stroke-width", (d) => Math.min(9, 1 + Math.sqrt(d.count) * 1.2))
    .attr("marker-end", (d) => `url(#arrow-${d.relation})`)
    .on("click", (event, d) => showEdge(d, state));
  edge.append("title").text((d) => `${d.source.label} ${KIND_LABEL[d.relation]} ${d.target.label}: ${d.count} fact${d.count === 1 ? "" : "s"}`
    + (d.first ? ` (${days(d.first, d.last)})` : ""));
  const group = layer.append("g").selectAll("g").data(nodes).join("g")
    .attr("class", (d) => `node ${d.kind || ""}${d.id === view.focus ? " focus" : ""}`)
    .on("click", (event, d) => showNode(d, state));
  group.append("circle").attr("r", radius).attr("fill", (d) => `var(--${d.kind || "Person"})`);
  // long names (treaties) are cut on the drawing; the tooltip and the table give them whole
  group.append("text").attr("dx", (d) => radius(d) + 3).attr("dy", 4).text((d) => (d.label.length > 40 ? `${d.label.slice(0, 38)}…` : d.label));
  group.append("title").text((d) => `${d.label} (${KIND_NAME[d.kind] || "node"}): ${d.weight} facts in this view`);

  const place = () => {
    edge.attr("d", (d) => path(d, radius));
    group.attr("transform", (d) => `translate(${d.x},${d.y})`);
  };
  place();
  group.call(d3.drag()
    .on("drag", (event, d) => { d.x = event.x; d.y = event.y; place(); }));
}

/** A bent line from the edge of the source's circle to the edge of the target's. */
function path(d, radius) {
  const dx = d.target.x - d.source.x;
  const dy = d.target.y - d.source.y;
  const length = Math.hypot(dx, dy) || 1;
  const mx = (d.source.x + d.target.x) / 2 - dy * d.bend;
  const my = (d.source.y + d.target.y) / 2 + dx * d.bend;
  const start = towards(d.source, mx, my, radius(d.source) + 1);
  const end = towards(d.target, mx, my, radius(d.target) + 3);
  return length < 1 ? "" : `M${start.x},${start.y}Q${mx},${my} ${end.x},${end.y}`;
}

function towards(n, x, y, distance) {
  const dx = x - n.x;
  const dy = y - n.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: n.x + (dx / length) * distance, y: n.y + (dy / length) * distance };
}

function showNode(d, state) {
  const page = el("a", "Open its page");
  page.href = hashFor("entity", { iri: d.id, min: state.min, since: state.since, until: state.until });
  const centre = el("a", "Centre the graph here");
  centre.href = hashFor("graph", { ...state, kinds: state.kinds.length === KINDS.length ? "" : state.kinds.join(","), focus: d.id });
  openPanel(el("h2", d.label), compose("p", null, kindBadge(d.kind), ` ${d.weight} facts in this view`), el("p", d.id, "hint"),
    compose("p", null, page, " · ", centre));
}

/** The facts behind an edge, each with its evidence. */
async function showEdge(d, state) {
  const query = new URLSearchParams({ source: d.source.id, target: d.target.id, relation: d.relation, min: state.min, limit: 50 });
  for (const key of ["since", "until", "outlet"]) if (state[key]) query.set(key, state[key]);
  openPanel(el("p", "loading…", "hint"));
  const answer = await fetchJson(`api/edge?${query}`);
  const children = [compose("h2", null, entityLink(answer.source), " ", relBadge(d.relation), " ", entityLink(answer.target)),
    el("p", `${answer.factCount} fact${answer.factCount === 1 ? "" : "s"}${answer.factCount > answer.facts.length ? `, the ${answer.facts.length} newest shown` : ""}.`, "hint")];
  for (const fact of answer.facts) {
    const box = el("div", null, "fact");
    box.append(el("div", `${fact.day || "undated"} · confidence ${fact.confidence.toFixed(2)}${fact.role ? ` · ${fact.role}` : ""}`, "meta"),
      highlighted(fact.sentence, fact.highlight));
    if (fact.quote) box.append(compose("div", "meta", "quote: ", el("q", fact.quote)));
    for (const words of fact.quotations || []) box.append(compose("blockquote", "quotation", "“", words, "”"));
    const details = el("a", "details", "iri-link");
    details.href = "#";
    details.addEventListener("click", (event) => { event.preventDefault(); openFact(fact.fact); });
    box.append(compose("div", "meta", "Article: ", fact.url ? safeLink(fact.url, fact.title || fact.url) : el("span", fact.title || ""), " · ", details));
    children.push(box);
  }
  openPanel(...children);
}
