// The analyst's questions: the preset queries (queries/*.rq) with their parameters, answered as a table.
import { el, compose, fetchJson, setStatus, hashFor, dataTable, number, entityInput } from "./util.js";
import { openFact } from "./app.js";

const ID = "https://w3id.org/newsgraph/id/";
let countries = null;

export async function showPresets(main, params, current) {
  const presets = await fetchJson("api/presets");
  if (!current()) return;
  const name = params.get("name") || (presets[0] && presets[0].name);
  const preset = presets.find((p) => p.name === name);
  const list = el("select");
  list.id = "preset";
  for (const p of presets) {
    const option = el("option", p.title);
    option.value = p.name;
    list.append(option);
  }
  list.value = name;
  list.addEventListener("change", () => { location.hash = hashFor("presets", { name: list.value }); });
  const children = [el("h1", "Questions"), compose("p", "filters", compose("label", null, "Question ", list))];
  if (!preset) {
    main.replaceChildren(...children, el("p", "No such question.", "hint"));
    return;
  }
  const form = el("form", null, "param-form card");
  form.id = "preset-form";
  const inputs = {};
  for (const param of preset.params) {
    const label = el("label", param.description || param.name);
    const input = await paramInput(param, params.get(param.name) || "");
    if (!current()) return;
    inputs[param.name] = input;
    label.append(input.wrap || input);
    form.append(label);
  }
  const run = el("button", "Answer", "primary");
  run.type = "submit";
  form.append(run);
  if (!preset.params.length) form.append(el("span", "This question takes no parameters.", "hint"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = { name: preset.name };
    for (const [key, input] of Object.entries(inputs)) values[key] = (input.value || "").trim();
    location.hash = hashFor("presets", values);
  });
  const consoleLink = el("a", "Open the query in the SPARQL console");
  consoleLink.href = hashFor("sparql", { preset: preset.name });
  children.push(form, el("p", preset.name + ".rq", "hint"), consoleLink);

  const query = new URLSearchParams({ name: preset.name });
  for (const param of preset.params) if (params.get(param.name)) query.set(param.name, params.get(param.name));
  const response = await fetch(`api/preset?${query}`);
  const body = await response.text();
  if (!current()) return;
  if (!response.ok) {
    main.replaceChildren(...children, el("p", body.replace(/<[^>]*>/g, " ").trim().slice(0, 300), "hint"));
    setStatus(`the question could not be answered (${response.status})`, true);
    return;
  }
  const result = JSON.parse(body);
  const vars = result.head.vars;
  const rows = result.results.bindings;
  const truncated = response.headers.get("Newsgraph-Results-Truncated") === "true";
  const server = /dur=([0-9.]+)/.exec(response.headers.get("Server-Timing") || "");
  const table = resultTable(vars, rows, `${preset.name}.csv`,
    `${number(rows.length)} rows${truncated ? " (cut at the server's row limit)" : ""}`);
  const serverCsv = el("a", "CSV from the server");
  serverCsv.href = `api/preset?${query}&format=csv`;
  children.push(table, compose("p", "hint", serverCsv));
  main.replaceChildren(...children);
  setStatus(`${rows.length} rows${server ? ` · server ${Math.round(Number(server[1]))} ms` : ""}`);
}

async function paramInput(param, value) {
  if (param.type === "country") {
    if (!countries) countries = await fetchJson(`api/search?${new URLSearchParams({ kind: "Country", limit: 300 })}`);
    const select = el("select");
    select.name = param.name;
    const any = el("option", "any country");
    any.value = "";
    select.append(any);
    for (const country of countries.filter((c) => c.isoCode).sort((a, b) => a.label.localeCompare(b.label))) {
      const option = el("option", `${country.label} (${country.isoCode})`);
      option.value = country.isoCode;
      select.append(option);
    }
    select.value = value;
    return select;
  }
  if (param.type === "person" || param.type === "entity") {
    const hidden = { value };
    const picker = entityInput(param.type === "person" ? "a person" : "a person, country, organisation…", param.type === "person" ? "Person" : null,
      (item) => { hidden.value = item.iri; }, value);
    picker.input.name = param.name;
    picker.input.addEventListener("change", () => { if (!picker.input.value.trim()) hidden.value = ""; });
    return { wrap: picker.wrap, get value() { return picker.input.value.trim() ? hidden.value : ""; } };
  }
  const input = el("input");
  input.type = "text";
  input.name = param.name;
  input.value = value;
  input.placeholder = param.type === "fact" ? "a fact's IRI" : "yyyy[-mm[-dd]]";
  return input;
}

/** A SPARQL JSON result as a table; IRIs of entities link to their pages, facts open their panel. */
export function resultTable(vars, rows, fileName, hint) {
  const columns = vars.map((v) => ({
    title: v,
    value: (row) => (row[v] ? row[v].value : ""),
    cell: (row) => cell(row[v]),
  }));
  return dataTable("Answer", columns, rows, fileName, hint);
}

function cell(value) {
  if (!value) return null;
  if (value.type !== "uri") return value.value;
  const iri = value.value;
  const shown = iri.startsWith(ID) ? iri.slice(ID.length) : iri;
  const a = el("a", shown);
  a.title = iri;
  if (iri.startsWith(ID + "fact-")) {
    a.href = "#";
    a.addEventListener("click", (event) => { event.preventDefault(); openFact(iri); });
  } else if (iri.startsWith(ID) && !iri.startsWith(ID + "article-")) {
    a.href = hashFor("entity", { iri });
  } else {
    return el("span", shown);
  }
  return a;
}

