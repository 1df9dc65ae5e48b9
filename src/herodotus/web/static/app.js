// Herodotus dashboard. Every piece of stored text reaches the page through textContent
// (the el() helper below never parses HTML), and the server's Content-Security-Policy
// allows only this file and the vendored libraries to run.
"use strict";

const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOURS = {1: "#4c9a6a", 2: "#1f6f8b", 3: "#e0902d", 4: "#c0392b"};
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const FILTERS = ["actor", "recipient", "type", "quad", "start", "end", "place", "q"];
const view = () => document.getElementById("view");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") node.style.cssText = value;  // CSSOM: allowed by the CSP, unlike style="..."
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  return node;
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== "" && value !== null && value !== undefined) url.searchParams.set(key, value);
  }
  const response = await fetch(url);
  const body = await response.json();
  if (!body.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function filters() {
  const form = document.getElementById("filters");
  const out = {};
  for (const name of FILTERS) out[name] = form.elements[name].value.trim();
  return out;
}

function period() { return document.getElementById("filters").elements.period.value; }

function badge(quad) {
  return el("span", {class: "badge", style: `background:${QUAD_COLOURS[quad] || "#888"}`, title: QUADS[quad] || ""},
            quad ? `Q${quad}` : "–");
}

function side(actors) {
  if (!actors || !actors.length) return "–";
  return actors.map(a => [a.code, a.sector].filter(Boolean).join("/") +
    (a.identifier_text || a.entity_text ? ` (${a.identifier_text || a.entity_text})` : "")).join(", ");
}

function panel(title, ...children) { return el("section", {class: "panel"}, el("h2", {}, title), ...children); }

function showError(where, error) { where.replaceChildren(el("p", {class: "error"}, String(error.message || error))); }

// -- overview: timeline, network, map, events ---------------------------------------
async function overview() {
  const timeline = el("div", {id: "timeline"}), network = el("div", {id: "network"});
  const map = el("div", {id: "map"}), events = el("div", {id: "events"});
  view().replaceChildren(el("div", {class: "grid"},
    panel("Timeline of events by quad class", legend(), timeline),
    panel("Dyad network: who acts on whom", el("p", {class: "muted"}, "Arrow width: events; colour: mean Goldstein (red conflict, blue cooperation). Click a node to filter."), network),
    panel("Event locations", map),
    el("section", {class: "panel wide"}, el("h2", {}, "Events (click one to read its evidence)"), events)));
  const f = filters();
  await Promise.all([
    drawTimeline(timeline, f).catch(e => showError(timeline, e)),
    drawNetwork(network, f).catch(e => showError(network, e)),
    drawMap(map, f).catch(e => showError(map, e)),
    listEvents(events, f, 0).catch(e => showError(events, e)),
  ]);
  document.body.dataset.ready = "overview";
}

function legend() {
  return el("div", {class: "legend"}, Object.entries(QUADS).map(([q, name]) =>
    el("span", {}, el("i", {class: `quad${q}`}), name)));
}

async function drawTimeline(where, f) {
  const body = await api("/api/timeline", {...f, period: period()});
  const periods = [...new Set(body.timeline.map(r => r.period))].sort();
  if (!periods.length) { where.replaceChildren(el("p", {class: "muted"}, "No dated events.")); return; }
  const stacks = periods.map(p => {
    let y = 0; const bars = [];
    for (const q of [1, 2, 3, 4]) {
      const row = body.timeline.find(r => r.period === p && r.quad_code === q);
      if (row) { bars.push({period: p, quad: q, y0: y, y1: y + row.events, events: row.events}); y += row.events; }
    }
    return {period: p, total: y, bars};
  });
  const width = 560, height = 220, m = {top: 10, right: 10, bottom: 40, left: 36};
  const x = d3.scaleBand().domain(periods).range([m.left, width - m.right]).padding(0.15);
  const y = d3.scaleLinear().domain([0, d3.max(stacks, s => s.total)]).nice().range([height - m.bottom, m.top]);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "timeline-chart");
  svg.append("g").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).tickValues(periods.filter((_, i) => i % Math.ceil(periods.length / 8) === 0)))
    .selectAll("text").attr("transform", "rotate(-30)").style("text-anchor", "end");
  svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(5));
  svg.append("g").selectAll("rect").data(stacks.flatMap(s => s.bars)).join("rect")
    .attr("class", d => `bar quad${d.quad}`).attr("x", d => x(d.period)).attr("width", x.bandwidth())
    .attr("y", d => y(d.y1)).attr("height", d => y(d.y0) - y(d.y1)).attr("fill", d => QUAD_COLOURS[d.quad])
    .style("cursor", "pointer").on("click", (_, d) => zoomTo(d.period, d.quad))
    .append("title").text(d => `${d.period}: ${d.events} ${QUADS[d.quad]}`);
  where.replaceChildren(svg.node());
}

async function drawNetwork(where, f) {
  const body = await api("/api/dyads", {...f, limit: 60});
  if (!body.dyads.length) { where.replaceChildren(el("p", {class: "muted"}, "No dyads.")); return; }
  const codes = [...new Set(body.dyads.flatMap(d => [d.actor, d.recipient]))];
  const nodes = codes.map(id => ({id}));
  const links = body.dyads.map(d => ({source: d.actor, target: d.recipient, events: d.events, goldstein: d.goldstein}));
  const width = 560, height = 320;
  const sim = d3.forceSimulation(nodes).force("link", d3.forceLink(links).id(d => d.id).distance(90))
    .force("charge", d3.forceManyBody().strength(-200)).force("x", d3.forceX(width / 2).strength(0.04))
    .force("y", d3.forceY(height / 2).strength(0.08)).force("collide", d3.forceCollide(30)).stop();
  for (let i = 0; i < 300; i++) sim.tick();  // a fixed layout: same picture on every load
  for (const n of nodes) { n.x = Math.max(20, Math.min(width - 20, n.x)); n.y = Math.max(28, Math.min(height - 16, n.y)); }
  const colour = d3.scaleLinear().domain([-10, 0, 10]).range(["#c0392b", "#bbb", "#1f6f8b"]);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "network-chart");
  svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 17)
    .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 10).attr("markerHeight", 10).attr("orient", "auto")
    .append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#999");
  const maxEvents = d3.max(links, l => l.events);
  // Curved arcs, so that A→B and B→A stay two visible links.
  const arc = d => {
    const dx = d.target.x - d.source.x, dy = d.target.y - d.source.y, r = Math.hypot(dx, dy) * 1.6;
    return `M${d.source.x},${d.source.y}A${r},${r} 0 0,1 ${d.target.x},${d.target.y}`;
  };
  svg.append("g").selectAll("path").data(links).join("path").attr("class", "net-link").attr("d", arc)
    .attr("fill", "none").attr("stroke", d => colour(d.goldstein ?? 0)).attr("stroke-width", d => 1 + 5 * d.events / maxEvents)
    .attr("marker-end", "url(#arrow)")
    .append("title").text(d => `${d.source.id} → ${d.target.id}: ${d.events} events, mean Goldstein ${d.goldstein}`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "net-node")
    .attr("transform", d => `translate(${d.x},${d.y})`)
    .on("click", (_, d) => setFilter("actor", d.id));
  node.append("circle").attr("r", 12);
  node.append("text").attr("dy", -15).attr("text-anchor", "middle").text(d => d.id);
  where.replaceChildren(svg.node());
}

let worldPromise = null;
async function drawMap(where, f) {
  worldPromise = worldPromise || fetch("/static/vendor/world-atlas/countries-110m.json").then(r => r.json());
  const [world, body] = await Promise.all([worldPromise, api("/api/locations", f)]);
  const width = 560, height = 290;
  const land = topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitSize([width, height], {type: "Sphere"});
  const path = d3.geoPath(projection);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "map-chart");
  svg.append("path").attr("d", path({type: "Sphere"})).attr("fill", "#f3f7fa");
  svg.append("g").selectAll("path").data(land.features).join("path").attr("class", "map-land").attr("d", path);
  const r = d3.scaleSqrt().domain([0, d3.max(body.locations, d => d.events) || 1]).range([2, 14]);
  svg.append("g").selectAll("circle").data(body.locations).join("circle").attr("class", "map-point")
    .attr("cx", d => projection([d.lon, d.lat])[0]).attr("cy", d => projection([d.lon, d.lat])[1])
    .attr("r", d => r(d.events)).on("click", (_, d) => setFilter("place", d.name))
    .append("title").text(d => `${d.name} (${d.country || "?"}): ${d.events} events, mostly ${d.top_type}`);
  where.replaceChildren(svg.node());
}

async function listEvents(where, f, offset) {
  const body = await api("/api/events", {...f, limit: 25, offset});
  const open = e => { location.hash = `#/article/${e.first_article_id}?event=${e.id}`; };
  const rows = body.events.map(e => el("tr", {class: "event-row", "data-id": e.id, tabindex: 0,
      title: "open the article with this event's evidence", onclick: () => open(e),
      onkeydown: ev => { if (ev.key === "Enter") open(e); }},
    el("td", {}, e.day || "–"), el("td", {}, badge(e.quad_code), " ", e.event),
    el("td", {}, side(e.actor)), el("td", {}, side(e.recipient)), el("td", {}, e.event_text || ""),
    el("td", {}, el("a", {href: `#/event/${e.id}`, onclick: ev => ev.stopPropagation(),
      title: "every mention of this event"}, `${e.num_mentions} / ${e.num_sources}`))));
  const pager = el("div", {class: "pager"},
    el("button", {type: "button", disabled: offset === 0 ? "" : null,
      onclick: () => listEvents(where, f, Math.max(0, offset - 25))}, "‹ Previous"),
    el("span", {class: "muted"}, `${body.total ? offset + 1 : 0}–${offset + body.events.length} of ${body.total}`),
    el("button", {type: "button", disabled: body.next ? null : "",
      onclick: () => listEvents(where, f, offset + 25)}, "Next ›"));
  where.replaceChildren(el("table", {}, el("thead", {}, el("tr", {},
    ["Date", "Event", "Actor", "Recipient", "Text", "Mentions / sources"].map(h => el("th", {}, h)))),
    el("tbody", {}, rows)), pager);
}

// A click on a bar filters to that period and quad class.
function zoomTo(start, quad) {
  const unit = {day: d3.utcDay, week: d3.utcWeek, month: d3.utcMonth, year: d3.utcYear}[period()];
  const last = d3.utcDay.offset(unit.offset(new Date(start + "T00:00:00Z"), 1), -1);
  const form = document.getElementById("filters");
  form.elements.start.value = start;
  form.elements.end.value = last.toISOString().slice(0, 10);
  form.elements.quad.value = String(quad);
  location.hash = "#/";
  route();
}

// -- one event with all its mentions -------------------------------------------------
async function eventView(id) {
  const {event} = await api(`/api/events/${id}`);
  const mentions = event.mentions.map(m => el("li", {},
    el("a", {href: `#/article/${m.article_id}?event=${event.id}`}, m.title || m.doc_id),
    ` — ${m.source || "unknown source"}, ${m.published || "undated"} (joined: ${m.match})`,
    el("blockquote", {}, m.evidence_text)));
  view().replaceChildren(panel(`${event.event} ${event.day || ""}`,
    el("p", {}, badge(event.quad_code), ` ${side(event.actor)} → ${side(event.recipient)}`),
    el("p", {class: "muted"}, `CAMEO ${event.cameo || "–"}, Goldstein ${event.goldstein ?? "–"}, `,
      `${event.num_mentions} mentions in ${event.num_articles} articles from ${event.num_sources} sources. `,
      `Coded by: ${event.explanation || "–"}`),
    el("ol", {}, mentions)));
  document.body.dataset.ready = "event";
}

// -- article view: text with events, actors and quotes highlighted and explained ------
async function articleView(id, params) {
  const {article} = await api(`/api/articles/${id}`);
  const selected = params.get("event");
  const notes = [
    ...article.events.map(e => ({kind: "ev", start: e.start, end: e.end, data: e, sel: String(e.event_id) === selected})),
    ...article.quotes.map(q => ({kind: "quote", start: q.start, end: q.end, data: q})),
    ...article.quotes.filter(q => q.cue_start !== null && q.cue_start >= 0)
      .map(q => ({kind: "cue", start: q.cue_start, end: q.cue_end, data: q})),
    ...article.entities.map(m => ({kind: "ent", start: m.start, end: m.end, data: m})),
  ];
  const text = el("div", {class: "article-text", id: "article-text"});
  const explain = el("div", {id: "explain"});
  const cuts = [...new Set([0, article.text.length, ...notes.flatMap(n => [n.start, n.end])])]
    .filter(c => c >= 0 && c <= article.text.length).sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = notes.filter(n => n.start <= a && n.end >= b && n.start < n.end);
    const piece = article.text.slice(a, b);
    if (!covering.length) { text.append(document.createTextNode(piece)); continue; }
    const classes = new Set(covering.map(n => n.kind));
    for (const n of covering) if (n.kind === "ev") classes.add(`ev${n.data.quad_code}`);
    if (covering.some(n => n.sel)) classes.add("sel");
    const span = el("span", {class: [...classes].join(" ")}, piece);
    span.addEventListener("click", () => explainNotes(explain, covering));
    text.append(span);
  }
  const items = article.events.map(e => el("div", {class: `item${String(e.event_id) === selected ? " selected" : ""}`,
      "data-event": e.event_id, onclick: () => { location.hash = `#/article/${id}?event=${e.event_id}`; }},
    el("strong", {}, e.event), " ", badge(e.quad_code), " ",
    `${e.actor_code || "?"} (${e.actor_name || "–"}) → ${e.recipient_code || "?"} (${e.recipient_name || "–"})`,
    el("div", {class: "muted"}, `trigger “${e.event_text || "–"}”, CAMEO ${e.cameo || "–"}, Goldstein ${e.goldstein ?? "–"}, `,
      `confidence ${e.confidence ?? "–"}; ${e.explanation || ""}`),
    el("div", {}, el("a", {href: `#/event/${e.event_id}`}, `${e.num_mentions} mentions, ${e.num_sources} sources`))));
  const quotes = article.quotes.map(q => el("div", {class: "item"}, el("strong", {}, q.speaker_name || "unknown speaker"),
    ` (${q.kind}, cue “${q.cue_text || "–"}”, resolved from “${q.speaker_mention_text || "–"}”)`));
  const copies = article.copies.length ? el("p", {class: "muted"}, "Near-duplicate copies: ",
    article.copies.map(c => el("a", {href: `#/article/${c.id}`}, `${c.source || c.doc_id} `))) : null;
  view().replaceChildren(el("h2", {}, article.title || article.doc_id),
    el("p", {class: "muted"}, [article.source, article.published, article.lang].filter(Boolean).join(" · "), " ",
      article.url ? el("a", {href: article.url, rel: "noopener noreferrer"}, "original") : null),
    ...(copies ? [copies] : []),
    el("div", {class: "legend"}, el("span", {}, el("i", {class: "quad3"}), "event evidence (colour: quad class)"),
      el("span", {}, el("i", {style: "background:#ffe8a3"}), "selected event"),
      el("span", {}, el("i", {style: "background:#e6f0fb"}), "actor / entity"),
      el("span", {}, el("i", {style: "background:#4a2a8a"}), "quote")),
    el("div", {class: "article"}, text, el("aside", {class: "explain"}, explain,
      panel("Events in this article", items.length ? items : el("p", {class: "muted"}, "none")),
      panel("Quotes", quotes.length ? quotes : el("p", {class: "muted"}, "none")))));
  const first = text.querySelector("span.sel");
  if (first) first.scrollIntoView({block: "center"});
  if (selected) explainNotes(explain, notes.filter(n => n.sel));
  document.body.dataset.ready = "article";
}

function explainNotes(where, covering) {
  const lines = covering.map(n => {
    if (n.kind === "ev") return `Event ${n.data.event}: ${n.data.actor_code || "?"} → ${n.data.recipient_code || "?"}; ${n.data.explanation || ""}`;
    if (n.kind === "quote") return `Quote (${n.data.kind}) by ${n.data.speaker_name || "unknown"}`;
    if (n.kind === "cue") return `Speech cue “${n.data.cue_text}”`;
    return `Entity ${n.data.identifier_text || n.data.text} (${n.data.type}${n.data.code ? ", " + n.data.code : ""}${n.data.identifier_id ? ", " + n.data.identifier_id : ""})`;
  });
  where.replaceChildren(panel("Explanation", el("ul", {}, lines.map(l => el("li", {}, l)))));
}

// -- quotes browser by speaker --------------------------------------------------------
async function quotesView(params) {
  const speaker = params.get("speaker") || "";
  const [{speakers}, quotes] = await Promise.all([api("/api/speakers", {limit: 200}),
    api("/api/quotes", {speaker, limit: 100})]);
  const list = el("ul", {}, el("li", {}, el("a", {href: "#/quotes", class: speaker ? "" : "active"}, "All speakers")),
    speakers.map(s => el("li", {}, el("a", {href: `#/quotes?speaker=${encodeURIComponent(s.name)}`,
      class: s.name === speaker ? "active" : ""}, `${s.name} (${s.quotes})`))));
  const items = quotes.quotes.map(q => el("blockquote", {}, q.text,
    el("div", {class: "muted"}, `— ${q.speaker_name || "unknown"}, `,
      el("a", {href: `#/article/${q.article_id}`}, q.title || q.doc_id), ` ${q.published || ""}`)));
  view().replaceChildren(el("div", {class: "speakers"}, panel("Speakers", list),
    panel(speaker ? `Quotes by ${speaker}` : `All quotes (${quotes.total})`,
      items.length ? items : el("p", {class: "muted"}, "No quotes."))));
  document.body.dataset.ready = "quotes";
}

async function articlesView() {
  const body = await api("/api/articles", {q: filters().q, limit: 100});
  view().replaceChildren(panel(`Articles (${body.total})`, el("table", {}, el("tbody", {},
    body.articles.map(a => el("tr", {}, el("td", {}, a.published || "–"),
      el("td", {}, el("a", {href: `#/article/${a.id}`}, a.title || a.doc_id)),
      el("td", {}, a.source || ""), el("td", {}, a.duplicate_of ? `copy of #${a.duplicate_of}` : "")))))));
  document.body.dataset.ready = "articles";
}

// -- routing ---------------------------------------------------------------------------
function setFilter(name, value) {
  document.getElementById("filters").elements[name].value = value;
  location.hash = "#/";
  route();
}

async function route() {
  delete document.body.dataset.ready;
  const [path, query] = (location.hash.slice(1) || "/").split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  try {
    if (parts[0] === "event" && parts[1]) await eventView(parts[1]);
    else if (parts[0] === "article" && parts[1]) await articleView(parts[1], params);
    else if (parts[0] === "quotes") await quotesView(params);
    else if (parts[0] === "articles") await articlesView();
    else await overview();
  } catch (error) {
    showError(view(), error);
  }
}

async function start() {
  const select = document.getElementById("filters").elements.type;
  for (const t of TYPES) select.append(el("option", {value: t}, t));
  const form = document.getElementById("filters");
  form.addEventListener("submit", ev => { ev.preventDefault(); location.hash = "#/"; route(); });
  form.addEventListener("reset", () => setTimeout(() => { location.hash = "#/"; route(); }, 0));
  window.addEventListener("hashchange", route);
  api("/api/stats").then(({counts}) => {
    document.getElementById("stats").textContent =
      `${counts.articles} articles (${counts.near_duplicates} near-duplicates) · ${counts.events} events · ` +
      `${counts.event_mentions} mentions · ${counts.quotes} quotes · ${counts.first_day || "–"} to ${counts.last_day || "–"}`;
  }).catch(() => {});
  await route();
}

document.addEventListener("DOMContentLoaded", start);
