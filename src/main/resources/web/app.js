/*
 * Entente web page: an interactive graph of the knowledge graph (Cytoscape.js) and a SPARQL editor
 * (YASGUI), both talking to the read-only endpoint /kg/sparql of the same server. No network access
 * beyond this server: scripts come from /webjars/..., and YASGUI's remote autocompleters are disabled.
 *
 * window.entente exposes the state for scripting and tests: cy, model, yasgui(), reload(),
 * applyFilters(), showQueryResultAsGraph(), loaded (true once the first graph is drawn).
 */
(function () {
  'use strict';

  const ENDPOINT = location.origin + '/kg/sparql';
  const DIP = 'https://w3id.org/entente/diplomacy#';
  const ID = 'https://w3id.org/entente/id/';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
  const OWL_SAMEAS = 'http://www.w3.org/2002/07/owl#sameAs';
  /** Cap on the rows of the page's own queries, so a huge store does not hang the browser. */
  const ROW_LIMIT = 5000;
  /** Above this many visible actors the automatic layout is concentric by degree instead of force-directed. */
  const FORCE_LAYOUT_MAX = 300;
  /** Fitting never zooms in further than this, so a graph of three actors is not drawn huge. */
  const MAX_FIT_ZOOM = 1.5;

  const PREFIXES = [
    'PREFIX dip: <' + DIP + '>',
    'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX owl: <http://www.w3.org/2002/07/owl#>',
    'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>',
    'PREFIX schema: <http://schema.org/>',
    'PREFIX dcterms: <http://purl.org/dc/terms/>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
  ].join('\n') + '\n';

  // Relation families (after CAMEO's quad classes) and one colour per relation, hue by family.
  const FAMILIES = [
    { id: 'talks', label: 'Talks and meetings', kind: 'cooperation', relations: [
      ['talkedWith', '#12939a'], ['metWith', '#2b6cb0'], ['visited', '#4fa3e0'],
      ['plansToMeet', '#5cc6c0'], ['negotiatedWith', '#5a4fcf']] },
    { id: 'cooperation', label: 'Cooperation', kind: 'cooperation', relations: [
      ['signedAgreementWith', '#1a8f3c'], ['supports', '#55b84a'], ['praised', '#9acd32'],
      ['proposedTo', '#3cb89a'], ['requested', '#7fa88a']] },
    { id: 'verbal-conflict', label: 'Verbal conflict', kind: 'conflict', relations: [
      ['criticized', '#f0a202'], ['accused', '#e8741e'], ['denied', '#c99a5b'],
      ['rejected', '#d35400'], ['threatened', '#e2553b']] },
    { id: 'material-conflict', label: 'Material conflict', kind: 'conflict', relations: [
      ['sanctioned', '#b5172b'], ['deploys', '#7d1d4a'], ['attacked', '#e0111b']] },
    { id: 'affiliation', label: 'Affiliation', kind: 'affiliation', relations: [
      ['leaderOf', '#7b8794'], ['memberOf', '#a9b3bf']] },
  ];
  const OTHER_FAMILY = { id: 'other', label: 'Other properties', kind: 'other', relations: [] };
  const OTHER_COLOUR = '#9aa5b1';
  const SYMMETRIC = new Set(['talkedWith', 'metWith', 'plansToMeet', 'negotiatedWith', 'signedAgreementWith']);
  const PLANNED_RELATIONS = new Set(['plansToMeet']);

  /** How the actor panel names a relation seen from its target ("sanctioned by"). */
  const INCOMING = {
    visited: 'visited by', proposedTo: 'proposal from', requested: 'requested by', praised: 'praised by',
    supports: 'supported by', criticized: 'criticized by', accused: 'accused by', denied: 'denied by',
    rejected: 'rejected by', threatened: 'threatened by', sanctioned: 'sanctioned by', deploys: 'deployments from',
    attacked: 'attacked by', leaderOf: 'led by', memberOf: 'has member',
  };
  const OUTGOING = { deploys: 'deploys to' };

  const RELATIONS = new Map();
  for (const f of FAMILIES) {
    for (const [name, colour] of f.relations) {
      RELATIONS.set(name, { name, colour, family: f });
    }
  }

  const TYPES = [
    { name: 'Country', colour: '#2f4b7c', shape: 'ellipse' },
    { name: 'Organisation', colour: '#8a4fbf', shape: 'round-rectangle' },
    { name: 'Format', colour: '#d45087', shape: 'hexagon' },
    { name: 'Person', colour: '#f2b134', shape: 'ellipse' },
    { name: 'Place', colour: '#8c6d46', shape: 'diamond' },
    { name: 'Other', colour: '#9aa5b1', shape: 'round-triangle' },
  ];
  const TYPE_BY_NAME = new Map(TYPES.map(t => [t.name, t]));

  // Fallback examples, used when the server offers no /queries/index.json.
  const BUILTIN_EXAMPLES = [
    { name: 'talks', title: 'Who talked with whom, and how often',
      query: PREFIXES + '\n# Who talked with whom, and how often\n' +
        'SELECT ?source ?relation ?target (COUNT(DISTINCT ?event) AS ?events) WHERE {\n' +
        '  ?event dip:relation ?relation ; dip:agent ?source ; dip:target ?target .\n' +
        '  FILTER(?relation IN (dip:talkedWith, dip:metWith, dip:negotiatedWith))\n' +
        '}\nGROUP BY ?source ?relation ?target\nORDER BY DESC(?events)\nLIMIT 500\n' },
    { name: 'events', title: 'Latest events with their evidence',
      query: PREFIXES + '\n# Latest events with their evidence sentence and article\n' +
        'SELECT ?date ?agentLabel ?relation ?targetLabel ?evidence ?article WHERE {\n' +
        '  ?event dip:relation ?relation ; dip:agent ?agent ; dip:target ?target ;\n' +
        '         dip:evidence ?evidence ; prov:wasDerivedFrom ?article .\n' +
        '  OPTIONAL { ?event dip:date ?date }\n' +
        '  OPTIONAL { ?agent rdfs:label ?agentLabel FILTER(lang(?agentLabel) = "en") }\n' +
        '  OPTIONAL { ?target rdfs:label ?targetLabel FILTER(lang(?targetLabel) = "en") }\n' +
        '}\nORDER BY DESC(?date)\nLIMIT 200\n' },
    { name: 'conflict-graph', title: 'Conflict relations as a graph (CONSTRUCT)',
      query: PREFIXES + '\n# Conflict relations between actors, as a graph\n' +
        'CONSTRUCT { ?source ?relation ?target . ?source rdfs:label ?sl . ?target rdfs:label ?tl }\nWHERE {\n' +
        '  ?event dip:relation ?relation ; dip:agent ?source ; dip:target ?target .\n' +
        '  FILTER(?relation IN (dip:criticized, dip:accused, dip:threatened, dip:sanctioned, dip:deploys, dip:attacked, dip:rejected))\n' +
        '  OPTIONAL { ?source rdfs:label ?sl FILTER(lang(?sl) = "en") }\n' +
        '  OPTIONAL { ?target rdfs:label ?tl FILTER(lang(?tl) = "en") }\n' +
        '}\nLIMIT 2000\n' },
    { name: 'actors', title: 'Most active actors',
      query: PREFIXES + '\n# Actors by number of events they take part in\n' +
        'SELECT ?actor ?label ?type (COUNT(DISTINCT ?event) AS ?events) WHERE {\n' +
        '  { ?event dip:agent ?actor } UNION { ?event dip:target ?actor }\n' +
        '  OPTIONAL { ?actor rdfs:label ?label FILTER(lang(?label) = "en") }\n' +
        '  OPTIONAL { ?actor a ?type FILTER(STRSTARTS(STR(?type), STR(dip:))) }\n' +
        '}\nGROUP BY ?actor ?label ?type\nORDER BY DESC(?events)\nLIMIT 100\n' },
  ];

  // Read from the summary graph, so that it answers in milliseconds on any store (sorting every event by date
  // took over a minute on 100 000 articles); the events themselves: ?event dip:relation ?relation ; dip:agent …
  const DEFAULT_QUERY = PREFIXES + '\n# The 100 most recent relations (one row per relation, actors and month), ' +
    'with the last date and evidence\n' +
    'SELECT ?source ?relation ?target ?date ?evidence WHERE {\n' +
    '  GRAPH <https://w3id.org/entente/graph/summary> {\n' +
    '    ?s a dip:RelationSummary ; dip:summaryAgent ?source ; dip:summaryRelation ?relation ; dip:summaryTarget ?target ;\n' +
    '       dip:lastDate ?date ; dip:lastEvidence ?evidence .\n' +
    '  }\n' +
    '}\nORDER BY DESC(?date)\nLIMIT 100\n';

  const EVENTS_QUERY = PREFIXES +
    'SELECT ?event ?relation ?agent ?target ?date ?modality ?evidence ?trigger ?confidence ?article ?id ?url ?headline ?published WHERE {\n' +
    '  ?event dip:relation ?relation ; dip:agent ?agent ; dip:target ?target .\n' +
    '  OPTIONAL { ?event dip:date ?date }\n' +
    '  OPTIONAL { ?event dip:modality ?modality }\n' +
    '  OPTIONAL { ?event dip:evidence ?evidence }\n' +
    '  OPTIONAL { ?event dip:trigger ?trigger }\n' +
    '  OPTIONAL { ?event dip:confidence ?confidence }\n' +
    '  OPTIONAL { ?event prov:wasDerivedFrom ?article .\n' +
    '    OPTIONAL { ?article dcterms:identifier ?id }\n' +
    '    OPTIONAL { ?article schema:url ?url }\n' +
    '    OPTIONAL { ?article schema:headline ?headline }\n' +
    '    OPTIONAL { ?article schema:datePublished ?published } }\n' +
    '}\nORDER BY DESC(?date) ?event\nLIMIT ' + ROW_LIMIT + '\n';

  /**
   * Labels, types and Wikidata links of the actors of the loaded events (VALUES), not of every event's actors:
   * on a 100 000-article store, finding those took 10 s.
   */
  function actorsQuery(iris) {
    return PREFIXES +
      'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n' +
      'SELECT ?actor (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) (SAMPLE(?lf) AS ?labelFr) (SAMPLE(?w) AS ?wikidata)\n' +
      '       (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR = "|") AS ?altLabels) WHERE {\n' +
      '  VALUES ?actor { ' + iris.map(i => '<' + i + '>').join(' ') + ' }\n' +
      '  OPTIONAL { ?actor a ?t FILTER(?t IN (dip:Country, dip:Organisation, dip:Format, dip:Person, dip:Place)) }\n' +
      '  OPTIONAL { ?actor rdfs:label ?l FILTER(langMatches(lang(?l), "en")) }\n' +
      '  OPTIONAL { ?actor rdfs:label ?lf FILTER(langMatches(lang(?lf), "fr")) }\n' +
      '  OPTIONAL { ?actor skos:altLabel ?alt }\n' +
      '  OPTIONAL { ?actor owl:sameAs ?w }\n' +
      '}\nGROUP BY ?actor\n';
  }

  /**
   * A store with more events than largeStoreEvents (by its summary graph) is not sorted whole: EVENTS_QUERY took 74–125 s
   * on 100 000 articles (522 000 events), past the server's 30 s timeout. The page then loads the events of the
   * articles published in the most recent months instead (recentEventsQuery), about 2 s there.
   */
  let largeStoreEvents = 20000;

  /** Events per month, newest first, from the summary graph (empty on a store without one). */
  const MONTHS_QUERY = PREFIXES +
    'SELECT ?month ?events WHERE {\n' +
    '  GRAPH <https://w3id.org/entente/graph/summary> { ?s a dip:MonthSummary ; dip:month ?month ; dip:eventCount ?events }\n' +
    '}\nORDER BY DESC(?month)\n';

  /**
   * The newest months that together hold at least ROW_LIMIT events, or null when the summary counts no more
   * than largeStoreEvents (or there is no summary): then EVENTS_QUERY, exact, is fast enough.
   */
  function recentMonths(rows) {
    const total = rows.reduce((n, r) => n + Number(v(r, 'events') || 0), 0);
    if (total <= largeStoreEvents) return null;
    const months = [];
    let n = 0;
    for (const r of rows) {
      months.push(v(r, 'month'));
      n += Number(v(r, 'events') || 0);
      if (n >= ROW_LIMIT) break;
    }
    return months;
  }

  /**
   * EVENTS_QUERY restricted to the articles published in the given months: the summary graph links each
   * (actor, month of publication) to the articles that mention the actor (dip:MentionSummary).
   */
  function recentEventsQuery(months) {
    const values = months.map(m => '"' + m + '"^^xsd:gYearMonth').join(' ');
    const at = EVENTS_QUERY.indexOf('WHERE {') + 'WHERE {'.length;
    return EVENTS_QUERY.slice(0, at) + '\n' +
      '  { SELECT DISTINCT ?article WHERE {\n' +
      '      VALUES ?month { ' + values + ' }\n' +
      '      GRAPH <https://w3id.org/entente/graph/summary> { ?mention dip:month ?month ; dip:mentionedIn ?article } } }\n' +
      '  ?event prov:wasDerivedFrom ?article .' + EVENTS_QUERY.slice(at);
  }

  // ---------------------------------------------------------------- helpers

  const $ = sel => document.querySelector(sel);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else if (k === 'style') e.setAttribute('style', v);
        else if (k in e && typeof v !== 'string') e[k] = v;
        else e.setAttribute(k, v === true ? '' : v);
      }
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  function localName(iri) {
    if (!iri) return '';
    const i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return decodeSafe(i >= 0 && i < iri.length - 1 ? iri.slice(i + 1) : iri);
  }

  function decodeSafe(s) {
    try { return decodeURIComponent(s); } catch (e) { return s; }
  }

  function nodeId(iri) {
    return iri.startsWith(ID) ? iri.slice(ID.length) : iri;
  }

  function relationName(iri) {
    return iri.startsWith(DIP) ? iri.slice(DIP.length) : iri;
  }

  function relationLabel(name) {
    return RELATIONS.has(name) ? name : localName(name);
  }

  function relationColour(name) {
    const r = RELATIONS.get(name);
    return r ? r.colour : OTHER_COLOUR;
  }

  /** Lower case without diacritics, for search. */
  function fold(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function humanise(name) {
    return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : (many || one + 's'));
  }

  async function sparqlSelect(query) {
    const resp = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query }),
    });
    if (!resp.ok) {
      const text = await resp.text();
      throw new Error('SPARQL endpoint answered ' + resp.status + ': ' + text.slice(0, 300));
    }
    const json = await resp.json();
    return { vars: json.head.vars || [], rows: (json.results && json.results.bindings) || [] };
  }

  async function sparqlGraph(query) {
    const resp = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/n-triples' },
      body: new URLSearchParams({ query }),
    });
    if (!resp.ok) {
      const text = await resp.text();
      throw new Error('SPARQL endpoint answered ' + resp.status + ': ' + text.slice(0, 300));
    }
    return parseNTriples(await resp.text());
  }

  /** A small N-Triples parser: IRIs, blank nodes, literals with escapes, language tags and datatypes. */
  function parseNTriples(text) {
    const triples = [];
    const term = /\s*(<[^>]*>|_:[^\s]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)/y;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      term.lastIndex = 0;
      const parts = [];
      for (let i = 0; i < 3; i++) {
        const m = term.exec(line);
        if (!m) break;
        parts.push(toTerm(m[1]));
      }
      if (parts.length === 3) triples.push({ s: parts[0], p: parts[1], o: parts[2] });
    }
    return triples;
  }

  function toTerm(tok) {
    if (tok.startsWith('<')) return { type: 'uri', value: unescapeNt(tok.slice(1, -1)) };
    if (tok.startsWith('_:')) return { type: 'bnode', value: tok.slice(2) };
    const m = /^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?$/.exec(tok);
    return { type: 'literal', value: unescapeNt(m ? m[1] : tok), 'xml:lang': m && m[2], datatype: m && m[3] };
  }

  function unescapeNt(s) {
    return s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (all, e) => {
      switch (e[0]) {
        case 't': return '\t';
        case 'n': return '\n';
        case 'r': return '\r';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'u': case 'U': return String.fromCodePoint(parseInt(e.slice(1), 16));
        default: return e;
      }
    });
  }

  const v = (row, name) => (row[name] ? row[name].value : null);

  // ---------------------------------------------------------------- model

  /**
   * The graph model: actors (nodes) and relations (edges), one edge per (agent, relation, target),
   * symmetric relations merged regardless of direction; each edge keeps its events.
   */
  function newModel(source) {
    return { source, actors: new Map(), edges: new Map(), events: 0, capped: false };
  }

  function ensureActor(model, iri, info) {
    const id = nodeId(iri);
    let a = model.actors.get(id);
    if (!a) {
      const known = actorInfo.get(iri) || {};
      a = { id, iri, label: known.label || null, labelFr: known.labelFr || null,
            type: known.type || null, wikidata: known.wikidata || null, altLabels: known.altLabels || [] };
      model.actors.set(id, a);
    }
    if (info) {
      for (const k of ['label', 'labelFr', 'type', 'wikidata']) {
        if (info[k] && !a[k]) a[k] = info[k];
      }
    }
    return a;
  }

  function ensureEdge(model, agentIri, relIri, targetIri) {
    const rel = relationName(relIri);
    const a = ensureActor(model, agentIri);
    const b = ensureActor(model, targetIri);
    const symmetric = SYMMETRIC.has(rel);
    let [s, t] = [a.id, b.id];
    if (symmetric && t < s) [s, t] = [t, s];
    const id = rel + '__' + s + '__' + t;
    let e = model.edges.get(id);
    if (!e) {
      e = { id, rel, relIri, source: s, target: t, symmetric, events: [], rows: 0 };
      model.edges.set(id, e);
    }
    return e;
  }

  /** Labels, types and Wikidata links of actors, shared by the store view and query results. */
  const actorInfo = new Map();

  function rememberActors(rows) {
    for (const r of rows) {
      const iri = v(r, 'actor');
      if (!iri) continue;
      let info = actorInfo.get(iri);
      if (!info) { info = {}; actorInfo.set(iri, info); }
      const type = v(r, 'type');
      if (type && !info.type) info.type = localName(type);
      if (v(r, 'label') && !info.label) info.label = v(r, 'label');
      if (v(r, 'labelFr') && !info.labelFr) info.labelFr = v(r, 'labelFr');
      if (v(r, 'altLabels') && !info.altLabels) info.altLabels = v(r, 'altLabels').split('|').filter(Boolean);
      const wd = v(r, 'wikidata');
      if (wd && !info.wikidata && wd.includes('wikidata.org')) info.wikidata = wd;
    }
  }

  function modelFromEvents(rows) {
    const model = newModel('store');
    const seen = new Set();
    for (const r of rows) {
      const iri = v(r, 'event');
      if (seen.has(iri)) continue;
      seen.add(iri);
      const e = ensureEdge(model, v(r, 'agent'), v(r, 'relation'), v(r, 'target'));
      const conf = v(r, 'confidence');
      e.events.push({
        iri,
        agent: nodeId(v(r, 'agent')),
        date: v(r, 'date'),
        published: v(r, 'published'),
        planned: (v(r, 'modality') || '').endsWith('Planned'),
        evidence: v(r, 'evidence'),
        trigger: v(r, 'trigger'),
        confidence: conf == null ? null : Number(conf),
        article: v(r, 'article'),
        articleId: v(r, 'id'),
        url: v(r, 'url'),
        headline: v(r, 'headline'),
      });
      model.events++;
    }
    model.capped = rows.length >= ROW_LIMIT;
    return model;
  }

  const SOURCE_VARS = ['source', 'agent', 'subject', 's', 'from'];
  const RELATION_VARS = ['relation', 'predicate', 'property', 'p'];
  const TARGET_VARS = ['target', 'object', 'o', 'to'];

  function pickVar(vars, names) {
    return names.find(n => vars.includes(n)) || null;
  }

  /** A model from SELECT results with ?source ?relation ?target (optional ?date ?evidence ?article…). */
  function modelFromBindings(vars, rows) {
    const sv = pickVar(vars, SOURCE_VARS), rv = pickVar(vars, RELATION_VARS), tv = pickVar(vars, TARGET_VARS);
    if (!sv || !tv) {
      throw new Error('To draw SELECT results, name the variables ?source ?relation ?target (found: ' +
        vars.map(x => '?' + x).join(' ') + ').');
    }
    const model = newModel('query');
    for (const r of rows) {
      const s = r[sv], t = r[tv];
      if (!s || !t || s.type === 'literal' || t.type === 'literal') continue;
      const rel = rv && r[rv] ? r[rv].value : 'related';
      const e = ensureEdge(model, s.value, rel, t.value);
      e.rows++;
      const count = Number(v(r, 'events') || v(r, 'count') || 1);
      const hasEventInfo = ['date', 'evidence', 'article', 'url'].some(x => r[x]);
      if (hasEventInfo) {
        e.events.push({ iri: v(r, 'event'), agent: nodeId(s.value), date: v(r, 'date'), evidence: v(r, 'evidence'),
          trigger: v(r, 'trigger'), confidence: r.confidence ? Number(v(r, 'confidence')) : null,
          article: v(r, 'article'), url: v(r, 'url'), headline: v(r, 'headline'), articleId: v(r, 'id') });
        model.events++;
      } else {
        e.weight = (e.weight || 0) + (isFinite(count) ? count : 1);
      }
      for (const [node, prefix] of [[s, sv], [t, tv]]) {
        const a = ensureActor(model, node.value);
        if (!a.label && v(r, prefix + 'Label')) a.label = v(r, prefix + 'Label');
      }
    }
    return model;
  }

  /** A model from CONSTRUCT/DESCRIBE triples: IRI objects become edges; labels and actor types describe nodes. */
  function modelFromTriples(triples) {
    const model = newModel('query');
    const labels = new Map(), types = new Map();
    for (const { s, p, o } of triples) {
      if (p.value === RDFS_LABEL && o.type === 'literal') {
        const lang = (o['xml:lang'] || '').toLowerCase();
        const cur = labels.get(s.value) || {};
        if (lang.startsWith('fr')) cur.labelFr = cur.labelFr || o.value;
        else if (!cur.label || lang.startsWith('en')) cur.label = o.value;
        labels.set(s.value, cur);
      } else if (p.value === RDF_TYPE && o.type === 'uri' && o.value.startsWith(DIP) &&
                 TYPE_BY_NAME.has(localName(o.value))) {
        types.set(s.value, localName(o.value));
      }
    }
    for (const { s, p, o } of triples) {
      if (o.type !== 'uri' || p.value === RDF_TYPE || p.value === OWL_SAMEAS || p.value === RDFS_LABEL) continue;
      const e = ensureEdge(model, s.value, p.value, o.value);
      e.weight = (e.weight || 0) + 1;
    }
    for (const a of model.actors.values()) {
      const l = labels.get(a.iri) || {};
      a.label = a.label || l.label || null;
      a.labelFr = a.labelFr || l.labelFr || null;
      a.type = a.type || types.get(a.iri) || null;
    }
    return model;
  }

  // ---------------------------------------------------------------- graph view

  let cy = null;
  let model = newModel('store');
  let storeModel = null;
  let labelLang = 'en';

  function actorLabel(a) {
    const l = labelLang === 'fr' ? (a.labelFr || a.label) : (a.label || a.labelFr);
    return l || localName(a.iri);
  }

  function typeOf(a) {
    return a.type && TYPE_BY_NAME.has(a.type) ? a.type : 'Other';
  }

  function edgeWeight(e) {
    return e.events.length || e.weight || e.rows || 1;
  }

  function initCy() {
    cy = cytoscape({
      container: $('#graph'),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)',
          'shape': 'data(shape)',
          'width': 'data(size)',
          'height': 'data(size)',
          'label': 'data(label)',
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
          'font-size': 'data(fontSize)',
          'font-weight': 600,
          'min-zoomed-font-size': 9,
          'color': '#1f2933',
          'text-valign': 'bottom',
          'text-halign': 'center',
          'text-margin-y': 4,
          'text-outline-color': '#ffffff',
          'text-outline-width': 2.5,
          'text-outline-opacity': 0.9,
          'border-width': 2,
          'border-color': '#ffffff',
          'overlay-opacity': 0,
        } },
        { selector: 'edge', style: {
          'width': 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 1,
          'curve-style': 'bezier',
          'control-point-step-size': 26,
          'opacity': 0.82,
          'label': 'data(label)',
          'font-size': 10,
          'min-zoomed-font-size': 7,
          'text-rotation': 'autorotate',
          'color': '#3e4c59',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': 1.5,
          'text-background-shape': 'round-rectangle',
        } },
        { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
        { selector: 'edge[?planned]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
        { selector: 'node.match', style: { 'border-color': '#ff8c00', 'border-width': 4 } },
        { selector: 'node:selected', style: { 'border-color': '#111827', 'border-width': 4 } },
        { selector: 'edge:selected', style: { 'opacity': 1, 'underlay-color': '#111827', 'underlay-opacity': 0.18,
          'underlay-padding': 5, 'font-size': 11, 'min-zoomed-font-size': 0, 'z-index': 10 } },
        { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0.15 } },
        { selector: 'edge.neighbour-edge', style: { 'opacity': 1, 'min-zoomed-font-size': 0, 'z-index': 9 } },
        { selector: '.hidden', style: { 'display': 'none' } },
      ],
    });

    cy.on('tap', 'node', evt => { showActor(evt.target); });
    cy.on('tap', 'edge', evt => { showEdge(evt.target); });
    cy.on('tap', evt => { if (evt.target === cy) { clearFocus(); showOverview(); } });
    cy.on('mouseover', 'node', evt => focusNeighbourhood(evt.target));
    cy.on('mouseout', 'node', () => { if (!cy.$(':selected').nonempty()) clearFocus(); else focusSelection(); });
  }

  function focusNeighbourhood(node) {
    const hood = node.closedNeighborhood().not('.hidden');
    cy.batch(() => {
      cy.elements().addClass('faded').removeClass('neighbour-edge');
      hood.removeClass('faded');
      hood.edges().addClass('neighbour-edge');
    });
  }

  function focusSelection() {
    const sel = cy.$(':selected');
    if (sel.empty()) { clearFocus(); return; }
    if (sel.isNode()) focusNeighbourhood(sel[0]);
    else {
      cy.batch(() => {
        cy.elements().addClass('faded').removeClass('neighbour-edge');
        sel.removeClass('faded').connectedNodes().removeClass('faded');
      });
    }
  }

  function clearFocus() {
    cy.elements().removeClass('faded neighbour-edge');
  }

  /** Draws a model in the graph view, replacing what was there. */
  function draw(m) {
    model = m;
    const degree = new Map();
    for (const e of m.edges.values()) {
      const w = edgeWeight(e);
      degree.set(e.source, (degree.get(e.source) || 0) + w);
      degree.set(e.target, (degree.get(e.target) || 0) + w);
    }
    const els = [];
    for (const a of m.actors.values()) {
      const t = TYPE_BY_NAME.get(typeOf(a));
      const d = degree.get(a.id) || 0;
      els.push({ group: 'nodes', data: {
        id: a.id, iri: a.iri, label: actorLabel(a), type: typeOf(a), colour: t.colour, shape: t.shape,
        degree: d, size: Math.min(76, 20 + 7 * Math.sqrt(d)), fontSize: Math.min(36, 11 + 2.2 * Math.sqrt(d)),
        search: fold([a.label, a.labelFr, localName(a.iri), ...a.altLabels].join(' | ')),
      } });
    }
    for (const e of m.edges.values()) {
      els.push({ group: 'edges', data: edgeData(e, edgeWeight(e)) });
    }
    cy.startBatch();
    cy.elements().remove();
    cy.add(els);
    cy.endBatch();
    rebuildRelationFilters();
    applyFilters({ layout: true });
    showOverview();
    $('#graph-message').hidden = m.actors.size > 0;
    if (m.actors.size === 0) {
      $('#graph-message').textContent = m.source === 'store'
        ? 'The store holds no events yet. Ingest some articles (entente ingest …) and reload.'
        : 'The query returned nothing to draw.';
    }
  }

  function edgeData(e, shown) {
    const allPlanned = e.events.length > 0 && e.events.every(x => x.planned);
    return {
      id: e.id, source: e.source, target: e.target, rel: e.rel, symmetric: e.symmetric,
      planned: PLANNED_RELATIONS.has(e.rel) || allPlanned,
      colour: relationColour(e.rel), count: shown, width: 1.6 + 1.6 * Math.log2(Math.max(1, shown)),
      label: humanise(relationLabel(e.rel)) + (shown > 1 ? ' ×' + shown : ''),
    };
  }

  // ---------------------------------------------------------------- filters

  function rebuildRelationFilters() {
    const box = $('#relation-filters');
    const previous = new Map([...box.querySelectorAll('input[type=checkbox][value]')].map(i => [i.value, i.checked]));
    const counts = new Map();
    for (const e of model.edges.values()) counts.set(e.rel, (counts.get(e.rel) || 0) + edgeWeight(e));
    const others = [...counts.keys()].filter(r => !RELATIONS.has(r)).sort();
    box.textContent = '';
    const families = [...FAMILIES];
    if (others.length) families.push(Object.assign({}, OTHER_FAMILY, { relations: others.map(r => [r, OTHER_COLOUR]) }));
    for (const f of families) {
      const inputs = [];
      const group = el('div', { class: 'family family-' + f.kind, 'data-family': f.id });
      const familyBox = el('input', { type: 'checkbox', class: 'family-toggle', 'aria-label': 'all ' + f.label });
      group.appendChild(el('label', { class: 'family-title' }, familyBox, f.label));
      for (const [name, colour] of f.relations) {
        const n = counts.get(name) || 0;
        const input = el('input', { type: 'checkbox', value: name, id: 'rel-' + name.replace(/[^A-Za-z0-9_-]/g, '_') });
        input.checked = previous.has(name) ? previous.get(name) : true;
        inputs.push(input);
        group.appendChild(el('label', { class: 'relation' + (n ? '' : ' empty'), title: name },
          input, el('span', { class: 'swatch' + (SYMMETRIC.has(name) ? ' sym' : '') + (PLANNED_RELATIONS.has(name) ? ' dashed' : ''),
            style: '--c:' + colour }), el('span', { class: 'rel-name', text: humanise(relationLabel(name)) }),
          el('span', { class: 'count', text: n ? String(n) : '' })));
      }
      const sync = () => {
        const on = inputs.filter(i => i.checked).length;
        familyBox.checked = on === inputs.length;
        familyBox.indeterminate = on > 0 && on < inputs.length;
      };
      familyBox.addEventListener('change', () => {
        inputs.forEach(i => { i.checked = familyBox.checked; });
        applyFilters();
      });
      inputs.forEach(i => i.addEventListener('change', () => { sync(); applyFilters(); }));
      sync();
      box.appendChild(group);
    }
  }

  function buildTypeFilters() {
    const box = $('#type-filters');
    for (const t of TYPES) {
      const input = el('input', { type: 'checkbox', value: t.name, id: 'type-' + t.name });
      input.checked = true;
      input.addEventListener('change', () => applyFilters());
      box.appendChild(el('label', { class: 'type' }, input,
        el('span', { class: 'node-swatch shape-' + t.shape, style: '--c:' + t.colour }), t.name === 'Other' ? 'other' : t.name));
    }
  }

  function readFilters() {
    const relations = new Set([...document.querySelectorAll('#relation-filters input[type=checkbox][value]')]
      .filter(i => i.checked).map(i => i.value));
    const types = new Set([...document.querySelectorAll('#type-filters input[type=checkbox]')]
      .filter(i => i.checked).map(i => i.value));
    return {
      relations, types,
      from: $('#date-from').value || null,
      to: $('#date-to').value || null,
      minConfidence: Number($('#min-confidence').value) || 0,
      search: fold($('#actor-search').value.trim()),
    };
  }

  function eventPasses(ev, f) {
    const date = (ev.date || ev.published || '').slice(0, 10);
    if (f.from && (!date || date < f.from)) return false;
    if (f.to && (!date || date > f.to)) return false;
    if (f.minConfidence > 0 && ev.confidence != null && ev.confidence < f.minConfidence) return false;
    return true;
  }

  let lastVisibleKey = '';
  let lastSearch = '';

  /** Fits the visible elements in the view, without zooming a small graph in too far. */
  function fitVisible(animate) {
    const eles = cy.elements().not('.hidden');
    if (eles.empty()) return;
    const pad = 40;
    const w = cy.width() - 2 * pad, h = cy.height() - 2 * pad;
    const bb = eles.boundingBox();
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, w / Math.max(1, bb.w), h / Math.max(1, bb.h)));
    const pan = { x: pad + (w - zoom * bb.w) / 2 - zoom * bb.x1, y: pad + (h - zoom * bb.h) / 2 - zoom * bb.y1 };
    if (animate) cy.animate({ zoom, pan }, { duration: 250 });
    else cy.viewport({ zoom, pan });
  }

  /** Shows the edges passing the filters, and the actors they connect; hides orphaned actors. */
  function applyFilters(opts) {
    opts = opts || {};
    const f = readFilters();
    let matches = null;
    cy.startBatch();
    cy.edges().forEach(edge => {
      const e = model.edges.get(edge.id());
      let shown = 0;
      if (f.relations.has(e.rel) && f.types.has(edge.source().data('type')) && f.types.has(edge.target().data('type'))) {
        shown = e.events.length ? e.events.filter(ev => eventPasses(ev, f)).length
          : (f.from || f.to ? 0 : edgeWeight(e));
      }
      if (shown > 0) {
        edge.removeClass('hidden');
        if (edge.data('count') !== shown) edge.data(edgeData(e, shown));
      } else {
        edge.addClass('hidden');
      }
    });
    let visibleEdges = cy.edges().not('.hidden');
    cy.nodes().removeClass('match');
    if (f.search) {
      matches = cy.nodes().filter(n => f.types.has(n.data('type')) && n.data('search').includes(f.search));
      const keep = visibleEdges.filter(e => matches.contains(e.source()) || matches.contains(e.target()));
      visibleEdges.not(keep).addClass('hidden');
      visibleEdges = keep;
      matches.addClass('match');
    }
    const visibleNodes = visibleEdges.connectedNodes().union(matches || cy.collection());
    cy.nodes().not(visibleNodes).addClass('hidden');
    visibleNodes.removeClass('hidden');
    cy.endBatch();
    updateStats(visibleNodes.size(), visibleEdges.size(), visibleEdges.reduce((s, e) => s + e.data('count'), 0));

    const key = visibleNodes.map(n => n.id()).sort().join('|');
    if (opts.layout) {
      runLayout();
    } else if (key !== lastVisibleKey && (f.search || lastSearch)) {
      fitVisible(true);
    }
    lastVisibleKey = key;
    lastSearch = f.search;
    const sel = cy.$(':selected');
    if (sel.nonempty() && sel.hasClass('hidden')) { sel.unselect(); showOverview(); }
    else if (sel.nonempty()) { sel.isNode() ? showActor(sel[0]) : showEdge(sel[0]); }
    else if (!opts.layout) showOverview();
  }

  function updateStats(nodes, edges, events) {
    const total = model.edges.size;
    const parts = [plural(nodes, 'actor'), plural(edges, 'relation'), plural(events, model.source === 'store' ? 'event' : 'row')];
    let text = parts.join(' · ');
    if (edges < total) text += ' (of ' + total + ' relations)';
    if (model.recentMonths) {
      text += ' — a large store: the events of the articles published in its ' +
        plural(model.recentMonths.length, 'most recent month') + (model.capped ? ', at most ' + ROW_LIMIT : '');
    } else if (model.capped) {
      text += ' — capped at ' + ROW_LIMIT + ' events, the most recent';
    }
    $('#stats').textContent = text;
    $('#stats').classList.toggle('warn', model.capped || !!model.recentMonths);
  }

  function resetFilters() {
    document.querySelectorAll('#relation-filters input[type=checkbox], #type-filters input[type=checkbox]')
      .forEach(i => { i.checked = true; i.indeterminate = false; });
    $('#date-from').value = '';
    $('#date-to').value = '';
    $('#actor-search').value = '';
    $('#min-confidence').value = '0';
    $('#min-confidence-value').textContent = '0.00';
    applyFilters();
    fitVisible(true);
  }

  // ---------------------------------------------------------------- layout

  function runLayout(name) {
    name = name || $('#layout-select').value;
    const eles = cy.elements().not('.hidden');
    const n = eles.nodes().size();
    if (n === 0) return;
    if (name === 'auto') name = n > FORCE_LAYOUT_MAX ? 'concentric' : 'cose';
    let opts;
    switch (name) {
      case 'cose':
        opts = {
          name: 'cose', animate: false, randomize: true, fit: true, padding: 40,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: node => 9000 + 2500 * Math.sqrt(node.data('degree') || 1),
          nodeOverlap: 12,
          idealEdgeLength: edge => 70 + 8 * Math.sqrt(edge.data('count') || 1),
          edgeElasticity: () => 90,
          gravity: n > 60 ? 1.2 : 0.6,
          nestingFactor: 1.2,
          numIter: n > 150 ? 1200 : 2000,
          initialTemp: 300, coolingFactor: 0.97, minTemp: 1.0,
          componentSpacing: 70,
        };
        break;
      case 'concentric': {
        // Rings filled by rank of degree, each ring holding more actors than the one inside it
        // (1, 6, 12, 18…), so the hubs sit in the middle and the many minor actors form a disc, not one
        // huge outer circle.
        const ranked = eles.nodes().sort((a, b) => (b.data('degree') || 0) - (a.data('degree') || 0));
        const ring = new Map();
        let level = 0, capacity = 1, used = 0;
        ranked.forEach(node => {
          if (used >= capacity) { level++; capacity = 6 * level; used = 0; }
          ring.set(node.id(), level);
          used++;
        });
        opts = {
          name: 'concentric', animate: false, padding: 30, avoidOverlap: true,
          minNodeSpacing: 6, nodeDimensionsIncludeLabels: false, startAngle: -Math.PI / 2,
          concentric: node => 1000 - ring.get(node.id()),
          levelWidth: () => 1,
        };
        break;
      }
      case 'circle':
        opts = { name: 'circle', animate: false, fit: true, padding: 30, avoidOverlap: true,
          sort: (a, b) => (b.data('degree') || 0) - (a.data('degree') || 0) };
        break;
      default:
        opts = { name: 'grid', animate: false, fit: true, padding: 30, avoidOverlap: true,
          sort: (a, b) => (b.data('degree') || 0) - (a.data('degree') || 0) };
    }
    opts.fit = false;
    const layout = eles.layout(opts);
    layout.one('layoutstop', () => fitVisible(false));
    layout.run();
  }

  // ---------------------------------------------------------------- detail panel

  function detail() {
    const d = $('#detail');
    d.textContent = '';
    return d;
  }

  function showOverview() {
    const d = detail();
    d.dataset.kind = 'overview';
    const visible = cy.nodes().not('.hidden');
    d.appendChild(el('h2', { text: model.source === 'store' ? 'The knowledge graph' : 'Query result' }));
    d.appendChild(el('p', { class: 'hint', text: 'Click an actor to list its relations, or a line to read the ' +
      'events behind it, each with its evidence sentence and article. Hover an actor to highlight its neighbours.' }));
    if (visible.empty()) return;
    const top = visible.sort((a, b) => (b.data('degree') || 0) - (a.data('degree') || 0)).slice(0, 12);
    d.appendChild(el('h3', { text: 'Most connected actors' }));
    d.appendChild(el('ol', { class: 'top-actors' }, top.map(n => el('li', null,
      el('a', { href: '#', class: 'actor-link', onclick: ev => { ev.preventDefault(); selectNode(n); } },
        el('span', { class: 'dot', style: '--c:' + n.data('colour') }), n.data('label')),
      el('span', { class: 'count', text: ' ' + (n.data('degree') || 0) })))));
  }

  function selectNode(n) {
    cy.$(':selected').unselect();
    n.select();
    cy.animate({ center: { eles: n } }, { duration: 200 });
    focusNeighbourhood(n);
    showActor(n);
  }

  function selectEdge(e) {
    cy.$(':selected').unselect();
    e.select();
    focusSelection();
    showEdge(e);
  }

  function showActor(node) {
    const a = model.actors.get(node.id());
    const d = detail();
    d.dataset.kind = 'actor';
    d.dataset.id = node.id();
    d.appendChild(el('div', { class: 'kicker' }, el('span', { class: 'dot', style: '--c:' + node.data('colour') }), node.data('type')));
    d.appendChild(el('h2', { text: actorLabel(a) }));
    const other = labelLang === 'fr' ? a.label : a.labelFr;
    const names = [other, ...a.altLabels].filter((x, i, all) => x && x !== actorLabel(a) && all.indexOf(x) === i);
    if (names.length) d.appendChild(el('div', { class: 'alt-label', text: names.slice(0, 6).join(' · ') }));
    const links = el('div', { class: 'links' }, el('a', { href: a.iri, target: '_blank', rel: 'noopener', text: 'IRI' }));
    if (a.wikidata) links.appendChild(el('a', { href: a.wikidata, target: '_blank', rel: 'noopener', text: 'Wikidata ' + localName(a.wikidata) }));
    d.appendChild(links);

    const edges = node.connectedEdges().not('.hidden');
    if (edges.empty()) {
      d.appendChild(el('p', { class: 'hint', text: 'No relations pass the current filters.' }));
      return;
    }
    const groups = new Map();
    edges.forEach(e => {
      const out = e.source().id() === node.id();
      const dir = e.data('symmetric') ? 'with' : out ? 'out' : 'in';
      const key = e.data('rel') + '|' + dir;
      if (!groups.has(key)) groups.set(key, { rel: e.data('rel'), dir, edges: [] });
      groups.get(key).edges.push(e);
    });
    const sorted = [...groups.values()].sort((x, y) => relOrder(x.rel) - relOrder(y.rel) || x.dir.localeCompare(y.dir));
    d.appendChild(el('h3', { text: plural(edges.size(), 'relation') }));
    const list = el('div', { class: 'relations' });
    for (const g of sorted) {
      const name = g.dir === 'in' ? (INCOMING[g.rel] || humanise(relationLabel(g.rel)) + ' (by)')
        : (OUTGOING[g.rel] || humanise(relationLabel(g.rel)));
      list.appendChild(el('div', { class: 'rel-group-title' },
        el('span', { class: 'swatch' + (g.dir === 'with' ? ' sym' : ''), style: '--c:' + relationColour(g.rel) }),
        name));
      const ul = el('ul', { class: 'rel-list' });
      g.edges.sort((x, y) => y.data('count') - x.data('count')).forEach(e => {
        const otherNode = e.source().id() === node.id() ? e.target() : e.source();
        ul.appendChild(el('li', null,
          el('a', { href: '#', class: 'edge-link', 'data-edge': e.id(), onclick: ev => { ev.preventDefault(); selectEdge(e); } },
            otherNode.data('label')),
          el('span', { class: 'count', text: ' ' + plural(e.data('count'), model.source === 'store' ? 'event' : 'row') })));
      });
      list.appendChild(ul);
    }
    d.appendChild(list);
  }

  function relOrder(rel) {
    const i = [...RELATIONS.keys()].indexOf(rel);
    return i < 0 ? 999 : i;
  }

  function showEdge(edge) {
    const e = model.edges.get(edge.id());
    const d = detail();
    d.dataset.kind = 'edge';
    d.dataset.id = edge.id();
    const src = edge.source(), tgt = edge.target();
    d.appendChild(el('div', { class: 'kicker' },
      el('span', { class: 'swatch' + (e.symmetric ? ' sym' : ''), style: '--c:' + relationColour(e.rel) }),
      RELATIONS.has(e.rel) ? RELATIONS.get(e.rel).family.label : 'Property'));
    d.appendChild(el('h2', { class: 'edge-title' },
      actorLink(src), el('span', { class: 'rel', text: ' ' + humanise(relationLabel(e.rel)) + ' ' }), actorLink(tgt)));
    if (!RELATIONS.has(e.rel)) d.appendChild(el('div', { class: 'alt-label iri', text: e.relIri }));

    const f = readFilters();
    const events = e.events.filter(ev => eventPasses(ev, f))
      .sort((x, y) => (y.date || y.published || '').localeCompare(x.date || x.published || ''));
    if (!e.events.length) {
      d.appendChild(el('p', { class: 'hint', text: plural(edgeWeight(e), 'result row') + ' from the query.' }));
      return;
    }
    d.appendChild(el('h3', { text: plural(events.length, 'event') +
      (events.length < e.events.length ? ' (' + (e.events.length - events.length) + ' more hidden by the filters)' : '') }));
    const ol = el('ol', { class: 'events' });
    for (const ev of events) {
      const li = el('li', { class: 'event' });
      const meta = el('div', { class: 'event-meta' });
      meta.appendChild(el('span', { class: 'date', text: ev.date ? ev.date.slice(0, 10) : (ev.published ? ev.published.slice(0, 10) + ' (published)' : 'undated') }));
      if (ev.planned) meta.appendChild(el('span', { class: 'tag', text: 'planned' }));
      if (e.symmetric && ev.agent && ev.agent !== e.source) meta.appendChild(el('span', { class: 'tag', text: 'reported from ' + cy.getElementById(ev.agent).data('label') + "'s side" }));
      if (ev.confidence != null && !isNaN(ev.confidence)) meta.appendChild(el('span', { class: 'conf', title: 'confidence', text: ev.confidence.toFixed(2) }));
      li.appendChild(meta);
      if (ev.evidence) li.appendChild(el('blockquote', { class: 'evidence' }, highlight(ev.evidence, ev.trigger)));
      const href = ev.url || ev.article;
      if (href) {
        const src = el('div', { class: 'source' });
        src.appendChild(el('a', { class: 'article-link', href, target: '_blank', rel: 'noopener',
          text: ev.headline || ev.articleId || href }));
        if (ev.article) {
          src.appendChild(el('a', { class: 'rdf-link', title: 'the article\u2019s named graph, in Turtle',
            href: location.origin + '/kg/get?graph=' + encodeURIComponent(ev.article), target: '_blank', rel: 'noopener', text: 'RDF' }));
        }
        li.appendChild(src);
      }
      ol.appendChild(li);
    }
    d.appendChild(ol);
  }

  function actorLink(node) {
    return el('a', { href: '#', class: 'actor-link', onclick: ev => { ev.preventDefault(); selectNode(node); } }, node.data('label'));
  }

  /** The evidence sentence with its trigger word marked. */
  function highlight(sentence, trigger) {
    const frag = document.createDocumentFragment();
    const i = trigger ? fold(sentence).indexOf(fold(trigger)) : -1;
    if (i < 0 || fold(sentence).length !== sentence.length) {
      frag.appendChild(document.createTextNode(sentence));
      return frag;
    }
    frag.appendChild(document.createTextNode(sentence.slice(0, i)));
    frag.appendChild(el('mark', { text: sentence.slice(i, i + trigger.length) }));
    frag.appendChild(document.createTextNode(sentence.slice(i + trigger.length)));
    return frag;
  }

  // ---------------------------------------------------------------- loading

  async function loadStore() {
    document.body.dataset.graphState = 'loading';
    $('#graph-message').hidden = false;
    $('#graph-message').textContent = 'Loading the graph…';
    try {
      const t0 = performance.now();
      const months = recentMonths((await sparqlSelect(MONTHS_QUERY)).rows);
      const events = await sparqlSelect(months ? recentEventsQuery(months) : EVENTS_QUERY);
      // IRIs only, and only those a SPARQL IRI can hold (data written by SPARQL Update may have others).
      const iris = [...new Set(events.rows.flatMap(r => [r.agent, r.target])
        .filter(t => t && t.type === 'uri' && /^[^<>"{}|^`\\\s]+$/.test(t.value)).map(t => t.value))];
      if (iris.length) rememberActors((await sparqlSelect(actorsQuery(iris))).rows);
      const t1 = performance.now();
      storeModel = modelFromEvents(events.rows);
      storeModel.recentMonths = months;
      draw(storeModel);
      window.entente.timings = { queryMillis: Math.round(t1 - t0), drawMillis: Math.round(performance.now() - t1) };
      $('#query-banner').hidden = true;
      document.body.dataset.graphState = 'ready';
      window.entente.loaded = true;
    } catch (err) {
      console.error(err);
      document.body.dataset.graphState = 'error';
      $('#graph-message').hidden = false;
      $('#graph-message').textContent = 'Could not load the graph: ' + err.message;
      $('#stats').textContent = 'error';
    }
  }

  // ---------------------------------------------------------------- SPARQL editor

  let yasgui = null;
  let examples = [];

  function initYasgui() {
    if (yasgui) return yasgui;
    if (typeof Yasgui === 'undefined') {
      $('#query-message').textContent = 'The query editor (YASGUI) did not load.';
      return null;
    }
    // Work offline: keep only the autocompleters that need no remote service, and take prefixes
    // from this server instead of prefix.cc.
    const ac = Yasgui.Yasqe && Yasgui.Yasqe.defaults && Yasgui.Yasqe.defaults.autocompleters;
    if (Array.isArray(ac)) {
      const keep = ac.filter(n => n === 'variables' || n === 'prefixes');
      ac.length = 0;
      ac.push(...keep);
    }
    yasgui = new Yasgui($('#yasgui'), {
      requestConfig: {
        endpoint: ENDPOINT,
        method: 'POST',
        acceptHeaderSelect: 'application/sparql-results+json,*/*;q=0.9',
        acceptHeaderGraph: 'text/turtle,*/*;q=0.9',
      },
      endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: false,
      autofocus: false,
      tabName: 'Query',
      yasqe: { value: DEFAULT_QUERY, prefixCcApi: location.origin + '/prefixes.json', editorHeight: '320px' },
      yasr: { prefixes: { dip: DIP, schema: 'http://schema.org/', rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
        wd: 'http://www.wikidata.org/entity/', ent: ID, art: 'https://w3id.org/entente/article/' } },
    });
    const tab = yasgui.getTab();
    if (tab && tab.getEndpoint && tab.getEndpoint() !== ENDPOINT) tab.setEndpoint(ENDPOINT);
    return yasgui;
  }

  async function loadExamples() {
    let list = null;
    try {
      const resp = await fetch('/queries/index.json', { headers: { Accept: 'application/json' } });
      if (resp.ok) {
        const json = await resp.json();
        list = await Promise.all((Array.isArray(json) ? json : json.queries || []).map(normaliseExample));
        list = list.filter(x => x && x.query);
      }
    } catch (e) {
      console.info('no /queries/index.json, using the built-in examples', e);
    }
    examples = list && list.length ? list : BUILTIN_EXAMPLES.map(x => Object.assign({ builtin: true }, x));
    const select = $('#query-examples');
    for (const [i, x] of examples.entries()) {
      select.appendChild(el('option', { value: String(i), text: x.title || x.name, title: x.name || '' }));
    }
  }

  /** An entry of /queries/index.json: {name, title, query}, or {name, file} / a file name, fetched from /queries/. */
  async function normaliseExample(entry) {
    if (typeof entry === 'string') entry = { name: entry.replace(/\.rq$/, ''), file: entry };
    let query = entry.query;
    if (!query) {
      const file = entry.file || (entry.name ? entry.name + '.rq' : null);
      if (!file) return null;
      const resp = await fetch('/queries/' + file.replace(/^.*\//, ''));
      if (!resp.ok) return null;
      query = await resp.text();
    }
    const title = entry.title || leadingComment(query) || entry.name;
    return { name: entry.name, title, query };
  }

  function leadingComment(query) {
    const m = /^\s*#\s*(.+)$/m.exec(query);
    return m ? m[1].trim() : null;
  }

  function loadExample(index) {
    const x = examples[Number(index)];
    if (!x) return;
    const y = initYasgui();
    if (!y) return;
    y.getTab().setQuery(x.query);
    $('#query-example-comment').textContent = x.builtin ? '' : (x.name ? x.name + '.rq' : '');
  }

  async function showQueryResultAsGraph() {
    const y = initYasgui();
    const msg = $('#query-message');
    msg.textContent = '';
    msg.classList.remove('error');
    if (!y) return;
    const tab = y.getTab();
    const yasqe = tab.getYasqe();
    const query = yasqe.getValue();
    const type = (yasqe.getQueryType && yasqe.getQueryType()) || (/\b(CONSTRUCT|DESCRIBE)\b/i.exec(query) || ['SELECT'])[0];
    try {
      let m;
      if (/^(CONSTRUCT|DESCRIBE)$/i.test(type)) {
        m = modelFromTriples(await sparqlGraph(query));
      } else if (/^SELECT$/i.test(type)) {
        const r = await sparqlSelect(query);
        m = modelFromBindings(r.vars, r.rows);
      } else {
        throw new Error('Only CONSTRUCT, DESCRIBE and SELECT results can be drawn.');
      }
      switchTab('pane-graph');
      draw(m);
      $('#query-banner').hidden = false;
      $('#query-banner-text').textContent = 'Showing a query result: ' + plural(m.actors.size, 'node') + ', ' +
        plural(m.edges.size, 'edge');
    } catch (err) {
      msg.textContent = err.message;
      msg.classList.add('error');
    }
  }

  // ---------------------------------------------------------------- page

  function switchTab(pane) {
    document.querySelectorAll('#tabs button').forEach(b => {
      const on = b.dataset.pane === pane;
      b.classList.toggle('active', on);
      b.setAttribute('aria-selected', String(on));
    });
    document.querySelectorAll('.pane').forEach(p => p.classList.toggle('active', p.id === pane));
    if (pane === 'pane-graph') {
      cy.resize();
    } else {
      const y = initYasgui();
      if (y) { const q = y.getTab().getYasqe(); if (q && q.refresh) q.refresh(); }
    }
    if (location.hash !== '#' + (pane === 'pane-graph' ? 'graph' : 'sparql')) {
      history.replaceState(null, '', '#' + (pane === 'pane-graph' ? 'graph' : 'sparql'));
    }
  }

  function debounce(fn, ms) {
    let t = null;
    return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  }

  function wire() {
    document.querySelectorAll('#tabs button').forEach(b => b.addEventListener('click', () => switchTab(b.dataset.pane)));
    $('#actor-search').addEventListener('input', debounce(() => applyFilters(), 200));
    $('#date-from').addEventListener('change', () => applyFilters());
    $('#date-to').addEventListener('change', () => applyFilters());
    $('#min-confidence').addEventListener('input', debounce(() => {
      $('#min-confidence-value').textContent = Number($('#min-confidence').value).toFixed(2);
      applyFilters();
    }, 100));
    $('#relations-all').addEventListener('click', () => setAllRelations(true));
    $('#relations-none').addEventListener('click', () => setAllRelations(false));
    $('#relayout').addEventListener('click', () => runLayout());
    $('#layout-select').addEventListener('change', () => runLayout());
    $('#fit').addEventListener('click', () => fitVisible(true));
    $('#reset-filters').addEventListener('click', resetFilters);
    $('#export-png').addEventListener('click', () => {
      const a = el('a', { href: cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: 'entente-graph.png' });
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
    $('#label-lang').addEventListener('change', () => {
      labelLang = $('#label-lang').value;
      cy.nodes().forEach(n => n.data('label', actorLabel(model.actors.get(n.id()))));
      const sel = cy.$(':selected');
      if (sel.nonempty()) sel.isNode() ? showActor(sel[0]) : showEdge(sel[0]);
      else showOverview();
    });
    $('#query-examples').addEventListener('change', ev => loadExample(ev.target.value));
    $('#show-as-graph').addEventListener('click', showQueryResultAsGraph);
    $('#back-to-store').addEventListener('click', () => {
      $('#query-banner').hidden = true;
      if (storeModel) draw(storeModel); else loadStore();
    });
  }

  function setAllRelations(on) {
    document.querySelectorAll('#relation-filters input[type=checkbox]').forEach(i => { i.checked = on; i.indeterminate = false; });
    applyFilters();
  }

  window.entente = {
    get cy() { return cy; },
    get model() { return model; },
    yasgui: () => initYasgui(),
    loaded: false,
    reload: loadStore,
    applyFilters: () => applyFilters(),
    runLayout,
    showQueryResultAsGraph,
    loadExample,
    endpoint: ENDPOINT,
    limit: ROW_LIMIT,
    queries: { events: EVENTS_QUERY, months: MONTHS_QUERY, actors: actorsQuery, recentEvents: recentEventsQuery },
    get largeStoreEvents() { return largeStoreEvents; },
    set largeStoreEvents(n) { largeStoreEvents = n; },
  };

  buildTypeFilters();
  initCy();
  wire();
  loadExamples();
  if (location.hash === '#sparql') switchTab('pane-sparql');
  loadStore();
})();
