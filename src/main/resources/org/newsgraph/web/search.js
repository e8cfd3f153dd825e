// The overview (what the store holds, its best covered entities) and the search results.
import { el, compose, fetchJson, kindBadge, entityLink, number, plural, hashFor, timingText, setStatus, ENTITY_KINDS, KIND_PLURAL } from "./util.js";

export async function showHome(main, params, current) {
  const stats = await fetchJson("api/stats");
  if (!current()) return;
  const facts = stats.facts;
  const intro = compose("section", "card",
    el("h1", "What the articles say"),
    compose("div", "counts",
      compose("span", null, el("b", number(stats.articles)), " articles"),
      compose("span", null, el("b", number(facts.Statement || 0)), " statements"),
      compose("span", null, el("b", number(facts.RoleHolding || 0)), " posts held"),
      compose("span", null, el("b", number(facts.TreatySigning || 0)), " treaty signings"),
      compose("span", null, el("b", number(facts.Quotation || 0)), " quotations")),
    el("p", stats.firstPublished ? `Published ${stats.firstPublished} to ${stats.lastPublished}.` : "", "hint"),
    el("p", "Search a name above, open a person, country, organisation or treaty for its page, or draw the graph around it.", "hint"));
  const lists = el("div", null, "grid cols-4");
  main.replaceChildren(intro, lists);
  for (const kind of ENTITY_KINDS) {
    const found = await fetchJson(`api/search?${new URLSearchParams({ kind, limit: 12 })}`);
    if (!current()) return;
    if (!found.length) continue;
    const list = el("ul", null, "results");
    for (const item of found) list.append(compose("li", null, entityLink(item), el("span", plural(item.facts, "fact"), "facts")));
    lists.append(compose("section", "card", el("h2", `Most reported ${KIND_PLURAL[kind]}`), list));
  }
  setStatus(timingText());
}

export async function showSearch(main, params, current) {
  const q = params.get("q") || "";
  const kind = params.get("kind") || "";
  const query = new URLSearchParams({ q, limit: 100 });
  if (kind) query.set("kind", kind);
  const found = await fetchJson(`api/search?${query}`);
  if (!current()) return;
  const heading = el("h1", q ? `“${q}”` : "Everything");
  const filter = compose("p", "filters", "Only: ");
  for (const k of ["", ...ENTITY_KINDS]) {
    const a = el("a", k ? KIND_PLURAL[k] : "all kinds");
    a.href = hashFor("search", { q, kind: k });
    if (k === kind) a.style.fontWeight = "700";
    filter.append(a, " ");
  }
  const summary = el("p", found.length ? `${found.length}${found.length === 100 ? "+" : ""} found, those the store says most about first.`
    : "Nothing in the store goes by that name.", "hint");
  const list = el("ol", null, "results");
  list.id = "search-results";
  for (const item of found) {
    const names = item.names.filter((n) => n !== item.label);
    const li = compose("li", "result", kindBadge(item.kind), " ", entityLink(item),
      item.isoCode ? el("span", ` ${item.isoCode}`, "hint") : null,
      el("span", plural(item.facts, "fact"), "facts"));
    if (names.length) li.append(el("div", `also: ${names.join(" · ")}`, "hint"));
    const graph = el("a", "graph");
    graph.href = hashFor("graph", { focus: item.iri });
    li.append(" ", graph);
    list.append(li);
  }
  main.replaceChildren(heading, filter, summary, list);
  setStatus(`${found.length} results · ${timingText()}`);
}
