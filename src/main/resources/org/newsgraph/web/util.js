// Shared helpers of the web view. Text from the store reaches the page only through textContent (el(), d3's
// .text()), never through innerHTML, so a name or title such as "<script>...</script>" stays text.

export const $ = (id) => document.getElementById(id);

export const KINDS = ["criticize", "threaten", "support", "demand", "post", "signed", "party"];
export const KIND_LABEL = {
  criticize: "criticized", threaten: "threatened", support: "supported", demand: "made demands of",
  post: "holds a post in", signed: "signed", party: "is party to",
};
export const KIND_LABEL_RECEIVED = {
  criticize: "criticized by", threaten: "threatened by", support: "supported by", demand: "demands from",
};
export const ENTITY_KINDS = ["Person", "Country", "Organisation", "NewsOutlet", "Treaty"];
export const KIND_NAME = { Person: "person", Country: "country", Organisation: "organisation", NewsOutlet: "outlet", Treaty: "treaty" };
export const KIND_PLURAL = { Person: "persons", Country: "countries", Organisation: "organisations", NewsOutlet: "outlets", Treaty: "treaties" };

/** "1 fact", "2 facts". */
export function plural(n, word) {
  return `${Number(n).toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

/** A new element with text (never HTML) and a class. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/** An element holding the given children (strings become text nodes). */
export function compose(tag, className, ...children) {
  const node = el(tag, null, className);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

export function setStatus(text, isError) {
  $("status").textContent = text || "";
  $("status").classList.toggle("error", Boolean(isError));
}

/** GET or POST JSON; notes the server's own time (Server-Timing) in the status line. */
export async function fetchJson(url, options) {
  const started = performance.now();
  const response = await fetch(url, options);
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${serverMessage(body)}`);
  const timing = response.headers.get("Server-Timing") || "";
  const match = /dur=([0-9.]+)/.exec(timing);
  lastTiming = { server: match ? Number(match[1]) : null, total: performance.now() - started };
  return JSON.parse(body);
}

export let lastTiming = { server: null, total: null };

export function timingText() {
  if (lastTiming.server === null) return "";
  return `server ${Math.round(lastTiming.server)} ms, page ${Math.round(lastTiming.total)} ms`;
}

/** Jetty's error pages are HTML: their message is the text of the first <p> or <pre>, read without running anything. */
function serverMessage(body) {
  const doc = new DOMParser().parseFromString(body, "text/html");
  const node = doc.querySelector("pre") || doc.querySelector("p") || doc.body;
  return (node ? node.textContent : body).trim().slice(0, 400);
}

/** A link only for http(s) addresses: a stored "javascript:" URL must never become a live link. */
export function safeLink(url, text) {
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

export function hashFor(view, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const text = query.toString();
  return `#/${view}${text ? "?" + text : ""}`;
}

export function kindBadge(kind) {
  return el("span", KIND_NAME[kind] || kind || "node", `kind ${kind || ""}`);
}

export function relBadge(relation, received) {
  const text = received && KIND_LABEL_RECEIVED[relation] ? KIND_LABEL_RECEIVED[relation] : KIND_LABEL[relation] || relation;
  return el("span", text, `rel ${relation}`);
}

/** A link to an entity's page: {iri, label, kind}. */
export function entityLink(node) {
  if (!node) return el("span", "?");
  const a = el("a", node.label || node.iri);
  a.href = hashFor("entity", { iri: node.iri });
  a.title = node.iri;
  a.dataset.iri = node.iri;
  return a;
}

export function days(first, last) {
  if (!first && !last) return "";
  return first === last ? first : `${first || "?"} – ${last || "?"}`;
}

export function number(n) {
  return Number(n).toLocaleString("en");
}

/** RFC 4180 CSV of a header and rows of plain values. */
export function toCsv(header, rows) {
  const field = (value) => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

/** Offers a text as a file to save; the link is made, clicked and revoked. */
export function download(name, text, type) {
  const blob = new Blob([text], { type: type || "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = el("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * A table: columns are {title, value(row) -> plain value for CSV, cell(row) -> node or text (default: value), num,
 * csvOnly (in the CSV, not on the page)}; with a heading and a CSV button that saves what the table shows.
 */
export function dataTable(title, columns, rows, fileName, hint) {
  const box = el("section", null, "table-section");
  const head = compose("div", "table-head", el("h2", title));
  if (hint) head.append(el("span", hint, "hint"));
  const button = el("button", "CSV", "csv");
  button.type = "button";
  button.title = "Download this table as CSV";
  button.addEventListener("click", () => download(fileName, toCsv(columns.map((c) => c.title), rows.map((r) => columns.map((c) => c.value(r))))));
  head.append(button);
  box.append(head);
  if (!rows.length) {
    box.append(el("p", "None.", "hint"));
    button.disabled = true;
    return box;
  }
  const wrap = el("div", null, "table-wrap");
  const table = el("table", null, "data");
  const tr = el("tr");
  const shown = columns.filter((c) => !c.csvOnly);
  for (const column of shown) tr.append(el("th", column.title));
  table.append(tr);
  for (const row of rows) {
    const line = el("tr");
    for (const column of shown) {
      const td = el("td", null, column.num ? "num" : null);
      const content = column.cell ? column.cell(row) : column.value(row);
      if (content instanceof Node) td.append(content);
      else if (content !== null && content !== undefined) td.textContent = String(content);
      line.append(td);
    }
    table.append(line);
  }
  wrap.append(table);
  box.append(wrap);
  return box;
}

/** A sentence with [start, end) marked; plain text nodes around a <mark>. */
export function highlighted(sentence, highlight) {
  const quote = el("blockquote", null, "evidence");
  if (!sentence) return quote;
  if (highlight && highlight.start >= 0 && highlight.end <= sentence.length && highlight.start < highlight.end) {
    quote.append(document.createTextNode(sentence.slice(0, highlight.start)), el("mark", sentence.slice(highlight.start, highlight.end)),
      document.createTextNode(sentence.slice(highlight.end)));
  } else {
    quote.textContent = sentence;
  }
  return quote;
}

/** An input that suggests entities as one types; onPick({iri,label,kind}). */
export function entityInput(placeholder, kind, onPick, initial) {
  const wrap = el("span", null, "suggest-wrap");
  const input = el("input");
  input.type = "text";
  input.placeholder = placeholder;
  input.autocomplete = "off";
  if (initial) input.value = initial;
  const list = el("div", null, "suggestions");
  list.hidden = true;
  wrap.append(input, list);
  let serial = 0;
  input.addEventListener("input", async () => {
    const mine = ++serial;
    const q = input.value.trim();
    if (!q) { list.hidden = true; return; }
    const params = new URLSearchParams({ q, limit: 12 });
    if (kind) params.set("kind", kind);
    try {
      const found = await fetchJson(`api/search?${params}`);
      if (mine !== serial) return;
      list.replaceChildren(...found.map((item) => {
        const row = compose("div", null, kindBadge(item.kind), " ", item.label, el("span", ` ${number(item.facts)} facts`, "hint"));
        row.addEventListener("mousedown", (event) => {
          event.preventDefault();
          input.value = item.label;
          list.hidden = true;
          onPick(item);
        });
        return row;
      }));
      list.hidden = !found.length;
    } catch (e) {
      list.hidden = true;
    }
  });
  input.addEventListener("blur", () => setTimeout(() => { list.hidden = true; }, 150));
  return { wrap, input };
}
