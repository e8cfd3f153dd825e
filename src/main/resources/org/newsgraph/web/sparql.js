// The SPARQL console for experts: the prefixes filled in, any query against /sparql (updates against /update
// when the server takes them, with its token), the answer as a table to download.
import { el, compose, fetchJson, setStatus, number } from "./util.js";
import { resultTable } from "./presets.js";

const UPDATE_START = /^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i;
let prefixes = null;
// {header, token} when the server takes updates: only this server's own pages can read it (CSRF)
let updateToken;

export async function showSparql(main, params, current) {
  if (!prefixes) prefixes = (await fetchJson("api/prefixes")).sparql;
  if (updateToken === undefined) {
    try {
      updateToken = await fetchJson("api/update-token");
    } catch (e) {
      updateToken = null; // a read-only server: updates are refused anyway
    }
  }
  let text = params.get("query");
  if (!text && params.get("preset")) {
    const presets = await fetchJson("api/presets");
    const preset = presets.find((p) => p.name === params.get("preset"));
    text = preset ? preset.query : "";
  }
  if (!current()) return;
  const area = el("textarea");
  area.id = "query";
  area.rows = 16;
  area.spellcheck = false;
  area.setAttribute("aria-label", "SPARQL query");
  area.value = text || `${prefixes}\nSELECT ?person ?name WHERE {\n  ?person a ng:Person ; ng:name ?name .\n}\nLIMIT 20\n`;
  const run = el("button", "Run", "primary");
  run.id = "run";
  run.type = "button";
  const note = el("span", `Read-only unless the server was started with --allow-update. ${updateToken ? "This server takes updates." : ""}`, "hint");
  const result = el("div");
  result.id = "result";
  main.replaceChildren(el("h1", "SPARQL"), el("p", "The default graph is the union of the article graphs; each article is also its own named graph.", "hint"),
    area, compose("p", "filters", run, note), result);
  const go = async () => {
    document.body.dataset.state = "running";
    try {
      await execute(area.value, result);
    } catch (e) {
      result.replaceChildren(el("p", e.message, "hint"));
      setStatus(e.message, true);
    }
    document.body.dataset.state = "done";
  };
  run.addEventListener("click", go);
  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) go();
  });
  if (params.get("run") === "1") await go();
}

/** True for SPARQL Update text: its first keyword after the prologue and comments. */
function isUpdate(text) {
  const skip = /^\s*(#[^\n]*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)/i;
  let rest = text;
  while (skip.test(rest)) rest = rest.replace(skip, "");
  return UPDATE_START.test(rest.trim());
}

async function execute(text, result) {
  const started = performance.now();
  setStatus("running…");
  if (updateToken && isUpdate(text)) {
    const response = await fetch("update", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-update", [updateToken.header]: updateToken.token },
      body: text,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).replace(/<[^>]*>/g, " ").trim()}`);
    result.replaceChildren(el("p", "Update done.", "hint"));
    setStatus("update done");
    return;
  }
  const response = await fetch("sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, text/turtle;q=0.9" },
    body: new URLSearchParams({ query: text }),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${body.replace(/<[^>]*>/g, " ").trim().slice(0, 500)}`);
  const millis = Math.round(performance.now() - started);
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("sparql-results+json")) {
    const answer = JSON.parse(body);
    if ("boolean" in answer) {
      result.replaceChildren(el("p", `ASK: ${answer.boolean}`));
      setStatus(`answer in ${millis} ms`);
      return;
    }
    const truncated = response.headers.get("Newsgraph-Results-Truncated") === "true";
    const rows = answer.results.bindings;
    result.replaceChildren(resultTable(answer.head.vars, rows, "query.csv", `${number(rows.length)} rows`
      + (truncated ? " (the server's row limit cut the result)" : "")));
    setStatus(`${rows.length} rows in ${millis} ms`);
  } else {
    result.replaceChildren(el("pre", body));
    setStatus(`${type.split(";")[0]} in ${millis} ms`);
  }
}

