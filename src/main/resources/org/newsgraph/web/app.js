// The newsgraph web view: a small single-page application over the server's /api (see ApiServlet). Each view is
// a module that fills <main>; the route is the location's hash (#/entity?iri=...), so every page can be linked.
import { $, el, compose, setStatus, fetchJson, number } from "./util.js";
import { showHome, showSearch } from "./search.js";
import { showEntity, showFact } from "./entity.js";
import { showGraph } from "./graph.js";
import { showPresets } from "./presets.js";
import { showSparql } from "./sparql.js";

const VIEWS = { "": showHome, search: showSearch, entity: showEntity, graph: showGraph, presets: showPresets, sparql: showSparql };
let serial = 0;

/** The current route: view name and its parameters. */
function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [name, query] = hash.split("?", 2);
  return { name: name || "", params: new URLSearchParams(query || "") };
}

async function render() {
  const mine = ++serial;
  const { name, params } = route();
  const show = VIEWS[name] || showHome;
  document.body.dataset.view = name || "home";
  document.body.dataset.state = "loading";
  document.body.dataset.render = String(mine);
  for (const link of document.querySelectorAll("header nav a")) {
    link.classList.toggle("active", link.dataset.nav === (name || "home"));
  }
  if (name === "search") $("search").value = params.get("q") || "";
  closePanel();
  const main = $("view");
  main.replaceChildren(el("p", "loading…", "hint"));
  setStatus("");
  try {
    await show(main, params, () => mine === serial);
    if (mine === serial) document.body.dataset.state = "ready";
  } catch (e) {
    if (mine !== serial) return;
    main.replaceChildren(el("p", e.message, "hint"));
    setStatus(e.message, true);
    document.body.dataset.state = "error";
  }
}

export function openPanel(...children) {
  $("panel-body").replaceChildren(...children);
  $("panel").hidden = false;
  $("panel").dataset.state = "loaded";
}

export function closePanel() {
  $("panel").hidden = true;
  $("panel").dataset.state = "closed";
}

/** Shows a fact's properties in the side panel (used by every view that lists facts or IRIs). */
export async function openFact(iri) {
  $("panel").dataset.state = "loading";
  $("panel").hidden = false;
  $("panel-body").replaceChildren(el("p", "loading…", "hint"));
  try {
    openPanel(...(await showFact(iri)));
  } catch (e) {
    openPanel(el("p", e.message, "hint"));
  }
}

async function storeLine() {
  try {
    const stats = await fetchJson("api/stats");
    const facts = Object.values(stats.facts).reduce((a, b) => a + b, 0);
    $("store-line").textContent = `${number(stats.articles)} articles · ${number(facts)} facts`;
  } catch (e) {
    $("store-line").textContent = "";
  }
}

function init() {
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = $("search").value.trim();
    location.hash = `#/search?${new URLSearchParams({ q })}`;
  });
  $("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closePanel();
  });
  window.addEventListener("hashchange", render);
  storeLine();
  render();
}

init();
