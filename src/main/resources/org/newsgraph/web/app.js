// The newsgraph web page: run SPARQL against /sparql, show the rows as a table and their IRIs as a graph,
// and a node's facts with their evidence. Text from the store only ever reaches the page through
// textContent (d3's .text()), so an article title such as "<script>...</script>" stays text.
"use strict";

const PREFIXES = [
  ["https://w3id.org/newsgraph/id/", "id:"],
  ["https://w3id.org/newsgraph/ontology#", "ng:"],
  ["http://www.w3.org/ns/org#", "org:"],
  ["http://www.w3.org/ns/prov#", "prov:"],
  ["http://www.w3.org/2001/XMLSchema#", "xsd:"],
];
const MAX_GRAPH_NODES = 500;

const $ = (id) => document.getElementById(id);
let presets = [];
// {header, token} when the server takes updates: only this server's own pages can read it (CSRF)
let updateToken = null;
const UPDATE_START = /^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function compact(iri) {
  for (const [ns, prefix] of PREFIXES) {
    if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  }
  return iri;
}

function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").classList.toggle("error", Boolean(isError));
}

/** A link only for http(s) addresses: a stored "javascript:" URL must never become a live link. */
function safeLink(url, text) {
  try {
    const parsed = new URL(url, document.baseURI);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      const a = el("a", text);
      a.href = parsed.href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      return a;
    }
  } catch (e) {
    // not a URL: shown as text below
  }
  return el("span", text);
}

async function fetchJson(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

async function init() {
  $("endpoint").textContent = new URL("sparql", document.baseURI).href;
  try {
    presets = await fetchJson("api/presets");
  } catch (e) {
    setStatus(`could not load the presets: ${e.message}`, true);
  }
  try {
    updateToken = await fetchJson("api/update-token");
  } catch (e) {
    updateToken = null; // a read-only server: updates are refused anyway
  }
  const select = $("preset");
  select.append(el("option", "(your own query)"));
  select.options[0].value = "";
  for (const preset of presets) {
    const option = el("option", `${preset.name} — ${preset.title}`);
    option.value = preset.name;
    select.append(option);
  }
  select.addEventListener("change", () => choosePreset(select.value));
  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
  });

  const params = new URLSearchParams(location.search);
  const wanted = params.get("preset") || (presets.length ? presets[0].name : "");
  if (params.get("query")) {
    $("query").value = params.get("query");
  } else {
    choosePreset(wanted);
  }
  document.body.dataset.state = "ready";
  if (params.get("run") === "1") await run();
}

function choosePreset(name) {
  const preset = presets.find((p) => p.name === name);
  $("preset").value = preset ? preset.name : "";
  if (preset) $("query").value = preset.query;
}

/** True for SPARQL Update text: its first keyword after the prologue and comments. */
function isUpdate(text) {
  const skip = /^\s*(#[^\n]*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)/i;
  let rest = text;
  while (skip.test(rest)) rest = rest.replace(skip, "");
  return UPDATE_START.test(rest.trim());
}

async function runUpdate(text) {
  const response = await fetch("update", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-update", [updateToken.header]: updateToken.token },
    body: text,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  setStatus("update done");
}

async function run() {
  document.body.dataset.state = "running";
  setStatus("running…");
  $("table").replaceChildren();
  $("text-result").hidden = true;
  const started = performance.now();
  try {
    if (updateToken && isUpdate($("query").value)) {
      await runUpdate($("query").value);
      document.body.dataset.state = "done";
      return;
    }
    const response = await fetch("sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: new URLSearchParams({ query: $("query").value }),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${body}`);
    const millis = Math.round(performance.now() - started);
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("sparql-results+json")) {
      const result = JSON.parse(body);
      if ("boolean" in result) {
        showText(`ASK: ${result.boolean}`);
        drawGraph([], []);
        setStatus(`answer in ${millis} ms`);
      } else {
        const rows = result.results.bindings;
        showTable(result.head.vars, rows);
        const truncated = response.headers.get("Newsgraph-Results-Truncated") === "true";
        setStatus(`${rows.length} rows in ${millis} ms` + (truncated ? " (the server's row limit cut the result)" : ""));
        await graphOf(result.head.vars, rows);
      }
    } else {
      showText(body);
      drawGraph([], []);
      setStatus(`${type.split(";")[0]} in ${millis} ms`);
    }
  } catch (e) {
    setStatus(e.message, true);
  }
  document.body.dataset.state = "done";
}

function showText(text) {
  $("text-result").textContent = text;
  $("text-result").hidden = false;
}

function showTable(vars, rows) {
  const table = $("table");
  const head = document.createElement("tr");
  for (const v of vars) head.append(el("th", v));
  table.append(head);
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const v of vars) {
      const cell = row[v];
      const td = document.createElement("td");
      if (cell && cell.type === "uri") {
        const span = el("span", compact(cell.value), "iri");
        span.title = cell.value;
        span.addEventListener("click", () => showFacts(cell.value));
        td.append(span);
      } else if (cell) {
        td.textContent = cell.value;
      }
      tr.append(td);
    }
    table.append(tr);
  }
}

/** Nodes: the IRIs of the result; links: IRIs that follow each other in a row. */
async function graphOf(vars, rows) {
  const nodes = new Map();
  const links = new Map();
  for (const row of rows) {
    const iris = vars.filter((v) => row[v] && row[v].type === "uri").map((v) => row[v].value);
    for (const iri of iris) {
      if (!nodes.has(iri) && nodes.size < MAX_GRAPH_NODES) nodes.set(iri, { id: iri, label: compact(iri), kind: null });
    }
    for (let i = 1; i < iris.length; i++) {
      const key = `${iris[i - 1]} ${iris[i]}`;
      if (iris[i - 1] !== iris[i] && nodes.has(iris[i - 1]) && nodes.has(iris[i]) && !links.has(key)) {
        links.set(key, { source: iris[i - 1], target: iris[i] });
      }
    }
  }
  if (nodes.size) {
    try {
      const labels = await fetchJson("api/labels", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify([...nodes.keys()]),
      });
      for (const [iri, info] of Object.entries(labels)) {
        const node = nodes.get(iri);
        if (node && info.label) node.label = info.label;
        if (node) node.kind = info.kind;
      }
    } catch (e) {
      setStatus(`labels: ${e.message}`, true);
    }
  }
  drawGraph([...nodes.values()], [...links.values()]);
}

let simulation = null;

function drawGraph(nodes, links) {
  const svg = d3.select("#graph");
  svg.selectAll("*").remove();
  if (simulation) simulation.stop();
  const box = svg.node().getBoundingClientRect();
  const width = box.width || 800;
  const height = box.height || 460;
  svg.attr("viewBox", [0, 0, width, height]);
  const layer = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.2, 5]).on("zoom", (event) => layer.attr("transform", event.transform)));

  const link = layer.append("g").selectAll("line").data(links).join("line").attr("class", "link");
  const node = layer.append("g").selectAll("circle").data(nodes).join("circle")
    .attr("class", (d) => `node ${d.kind || "Other"}`)
    .attr("r", (d) => (d.kind === "Person" || d.kind === "Country" || d.kind === "Treaty" ? 8 : 5))
    .on("click", (event, d) => {
      layer.selectAll(".node").classed("selected", (n) => n === d);
      showFacts(d.id);
    });
  node.append("title").text((d) => `${d.label}\n${d.id}`);
  const label = layer.append("g").selectAll("text").data(nodes).join("text")
    .attr("class", "label").attr("dx", 10).attr("dy", 4).text((d) => d.label);

  simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(70))
    .force("charge", d3.forceManyBody().strength(-160))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("x", d3.forceX(width / 2).strength(0.05))
    .force("y", d3.forceY(height / 2).strength(0.05))
    .on("tick", () => {
      link.attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y)
        .attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
      node.attr("cx", (d) => d.x).attr("cy", (d) => d.y);
      label.attr("x", (d) => d.x).attr("y", (d) => d.y);
    });
  node.call(d3.drag()
    .on("start", (event, d) => { if (!event.active) simulation.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
    .on("drag", (event, d) => { d.fx = event.x; d.fy = event.y; })
    .on("end", (event, d) => { if (!event.active) simulation.alphaTarget(0); d.fx = null; d.fy = null; }));
}

async function showFacts(iri) {
  const panel = $("facts");
  panel.dataset.state = "loading";
  panel.replaceChildren(el("p", "loading…", "hint"));
  let entity;
  try {
    entity = await fetchJson(`api/entity?${new URLSearchParams({ iri })}`);
  } catch (e) {
    panel.replaceChildren(el("p", e.message, "hint"));
    panel.dataset.state = "error";
    return;
  }
  const title = el("h2", entity.label || compact(iri));
  const sub = el("p", `${entity.kind || "node"} · ${compact(iri)}`, "hint");
  const children = [title, sub];
  if (!entity.facts.length) children.push(el("p", "No facts mention this node.", "hint"));
  for (const fact of entity.facts) {
    const box = el("div", null, "fact");
    box.append(el("span", fact.kind, "fact-kind"), document.createTextNode(` · confidence ${fact.confidence}`));
    const details = document.createElement("dl");
    for (const detail of fact.details) {
      details.append(el("dt", detail.property));
      const dd = el("dd");
      if (detail.iri) {
        const span = el("span", detail.value, "iri");
        span.title = detail.iri;
        span.addEventListener("click", () => showFacts(detail.iri));
        dd.append(span);
      } else {
        dd.textContent = detail.value;
      }
      details.append(dd);
    }
    box.append(details);
    if (fact.sentence) box.append(el("blockquote", fact.sentence, "evidence"));
    const source = el("p", "Article: ", "source");
    source.append(fact.url ? safeLink(fact.url, fact.title || fact.url) : el("span", fact.title || compact(fact.article)));
    box.append(source);
    children.push(box);
  }
  panel.replaceChildren(...children);
  panel.dataset.state = "loaded";
}

init();
