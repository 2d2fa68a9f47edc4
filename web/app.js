/*
 * coopgraph explorer: a plain-JavaScript page over the public API (no framework, no build step).
 *
 * Rule for every piece of data shown: it becomes text (textContent or text nodes), never HTML.
 * Release titles, quotes and names can contain anything, "<script>" included.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------
  // Vocabulary: entity types (colour and shape), relations (wording, colour), limits
  // ---------------------------------------------------------------------------

  const TYPES = [
    { name: 'Organisation', color: '#2563eb', shape: 'round-rectangle' },
    { name: 'Centre', color: '#0891b2', shape: 'round-hexagon' },
    { name: 'Person', color: '#ea580c', shape: 'ellipse' },
    { name: 'Country', color: '#16a34a', shape: 'round-diamond' },
    { name: 'City', color: '#a16207', shape: 'round-triangle' },
    { name: 'Agreement', color: '#7c3aed', shape: 'round-tag' },
    { name: 'Event', color: '#db2777', shape: 'star' }
  ];
  const RELEASE_COLOR = '#64748b';
  const TYPE_BY_NAME = Object.fromEntries(TYPES.map((t) => [t.name, t]));

  /** verb: in sentences; label: on the edge; color: of the edge. */
  const RELATIONS = {
    HOLDS_ROLE: { verb: 'holds a role at', label: 'role', color: '#c2410c' },
    PART_OF: { verb: 'is part of', label: 'part of', color: '#64748b' },
    LOCATED_IN: { verb: 'is located in', label: 'located in', color: '#a8a29e' },
    MEMBER_OF: { verb: 'is a member of', label: 'member of', color: '#94a3b8' },
    SUPPORTS: { verb: 'supports', label: 'supports', color: '#0e7490' },
    PROVIDES_INTELLIGENCE_TO: { verb: 'provides intelligence to', label: 'intelligence to', color: '#7c3aed' },
    DISSEMINATES_TO: { verb: 'disseminates to', label: 'disseminates to', color: '#9333ea' },
    COOPERATES_WITH: { verb: 'cooperates with', label: 'cooperates with', color: '#15803d' },
    PROVIDES_TRAINING_TO: { verb: 'provides training to', label: 'training to', color: '#0e7490' },
    PROVIDES_EXPERTS_TO: { verb: 'provides experts to', label: 'experts to', color: '#0e7490' },
    PARTY_TO: { verb: 'is party to', label: 'party to', color: '#15803d' },
    SIGNED: { verb: 'signed', label: 'signed', color: '#c2410c' },
    PARTICIPATES_IN: { verb: 'participates in', label: 'participates in', color: '#be185d' },
    HOSTS: { verb: 'hosts', label: 'hosts', color: '#be185d' }
  };

  const HUB_PAGE = 40; // a first page this size tells whether a node is a hub
  const GROUP_MIN = 12; // a relation with more neighbours than this stays collapsed
  const PAGE_MAX = 1000; // the API's largest page
  const YEAR_MIN = 1920;
  const YEAR_MAX = new Date().getFullYear();

  // ---------------------------------------------------------------------------
  // State: what the view shows; everything here is kept in the URL
  // ---------------------------------------------------------------------------

  const state = {
    mode: 'none', // none | entity | trace | reach
    focus: null, // the entity opened (entity mode) or the start (trace, reach)
    target: null, // the other end of a trace
    expanded: [], // node ids expanded, in order
    groups: [], // 'hub|RELATION' groups expanded
    hidden: new Set(),
    pinned: new Set(),
    noTypes: new Set(),
    noRelations: new Set(),
    from: null, // first year of the window, null for no bound
    to: null, // last year of the window
    sources: false,
    selected: null,
    release: null // {id, quote} when the reader is open
  };
  const undoStack = [];
  const entityCache = new Map();
  const releaseCache = new Map();
  let cy = null;
  let generation = 0; // bumps when a new view starts: late answers for an old view are dropped
  let restoring = false;
  let lastPaths = null;
  let lastReach = null;

  const $ = (id) => document.getElementById(id);

  // ---------------------------------------------------------------------------
  // DOM helpers: build elements from data, always as text
  // ---------------------------------------------------------------------------

  /** h('a', {href, class, onclick}, 'text', child...): strings become text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    append(el, children);
    return el;
  }

  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  function swatch(type) {
    const t = TYPE_BY_NAME[type];
    const s = h('span', { class: 'sw sw-' + (t ? t.name : type === 'Release' ? 'Release' : 'Other'), 'aria-hidden': 'true' });
    if (t) s.style.backgroundColor = t.color;
    return s;
  }

  function fold(s) {
    return (s || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  // ---------------------------------------------------------------------------
  // API: JSON over fetch; errors become readable sentences from problem+json
  // ---------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(title, detail, status) {
      super(detail ? title + ': ' + detail : title);
      this.title = title;
      this.detail = detail;
      this.status = status;
    }
  }

  /** A token for servers that want one for reads (kept for this tab only). */
  let token = sessionStorage.getItem('coopgraph.token') || '';

  async function api(path, signal) {
    let res;
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    try {
      res = await fetch(path, { headers, signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError('The server does not answer', 'check that coopgraph is running, then try again');
    }
    if (!res.ok) {
      let title = 'Error ' + res.status;
      let detail = res.statusText;
      try {
        const p = await res.json();
        title = p.title || title;
        detail = p.detail || detail;
      } catch (ignored) {
        // not a problem document: keep the status line
      }
      throw new ApiError(title, detail, res.status);
    }
    return res.json();
  }

  const enc = encodeURIComponent;

  async function entity(id) {
    if (!entityCache.has(id)) {
      entityCache.set(id, api('/api/entities/' + enc(id)).then(async (d) => {
        await completeSources(d.facts);
        return d;
      }));
    }
    try {
      return await entityCache.get(id);
    } catch (e) {
      entityCache.delete(id);
      throw e;
    }
  }

  async function release(id) {
    if (!releaseCache.has(id)) releaseCache.set(id, api('/api/releases/' + enc(id)));
    try {
      return await releaseCache.get(id);
    } catch (e) {
      releaseCache.delete(id);
      throw e;
    }
  }

  const releaseMetaCache = new Map();

  /** A release's title and date, for a source that came without them. */
  function releaseMeta(id) {
    if (!releaseMetaCache.has(id)) {
      releaseMetaCache.set(id, release(id).then((r) => ({ title: r.release.title, date: r.release.publishedOn }),
        () => ({ title: null, date: null })));
    }
    return releaseMetaCache.get(id);
  }

  /**
   * Fills in the title and date of sources that lack them (each fact's sources should carry
   * both; when an answer leaves them out, the release itself is asked, once per release).
   */
  async function completeSources(facts) {
    const missing = [];
    for (const f of facts || []) {
      for (const s of f.sources || []) {
        if (s.id && (!s.title || !s.date)) missing.push(s);
      }
    }
    if (!missing.length) return;
    const ids = [...new Set(missing.map((s) => s.id))];
    const metas = new Map(await Promise.all(ids.map((id) => releaseMeta(id).then((m) => [id, m]))));
    for (const s of missing) {
      const m = metas.get(s.id);
      s.title = s.title || m.title;
      s.date = s.date || m.date;
    }
  }

  // ---------------------------------------------------------------------------
  // Feedback: loading overlay, status line, errors in words
  // ---------------------------------------------------------------------------

  let loadingCount = 0;

  async function withLoading(text, fn) {
    loadingCount++;
    $('loading-text').textContent = text;
    $('loading').hidden = false;
    $('graph').setAttribute('aria-busy', 'true');
    try {
      return await fn();
    } finally {
      loadingCount--;
      if (loadingCount === 0) {
        $('loading').hidden = true;
        $('graph').removeAttribute('aria-busy');
      }
    }
  }

  function showError(e) {
    if (e && e.name === 'AbortError') return;
    const text = e instanceof ApiError ? e.message
      : 'Something went wrong in the page: ' + (e && e.message ? e.message : String(e));
    $('error-text').textContent = text;
    $('token-form').hidden = !(e instanceof ApiError && (e.status === 401 || e.status === 403));
    $('error').hidden = false;
  }

  /** The server wants a token: keep the one given for this tab, and load the view again. */
  function useToken(e) {
    e.preventDefault();
    token = $('token').value.trim();
    if (token) sessionStorage.setItem('coopgraph.token', token); else sessionStorage.removeItem('coopgraph.token');
    $('token').value = '';
    entityCache.clear();
    releaseCache.clear();
    releaseMetaCache.clear();
    hideError();
    act(restoreFromUrl)();
  }

  function hideError() {
    $('error').hidden = true;
  }

  /** Runs an action from the user: its errors are shown, never thrown into the console. */
  function act(fn) {
    return (...args) => {
      hideError();
      Promise.resolve().then(() => fn(...args)).catch(showError);
    };
  }

  // ---------------------------------------------------------------------------
  // Graph: Cytoscape set-up and style
  // ---------------------------------------------------------------------------

  function graphStyle() {
    const style = [
      {
        selector: 'node',
        style: {
          label: 'data(label)', width: 30, height: 30, 'background-color': '#94a3b8',
          'border-width': 2, 'border-color': '#ffffff', color: '#0f172a', 'font-size': 12,
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          'text-valign': 'bottom', 'text-margin-y': 5, 'text-wrap': 'wrap', 'text-max-width': 150,
          'text-outline-color': '#ffffff', 'text-outline-width': 2.5, 'min-zoomed-font-size': 7
        }
      }
    ];
    for (const t of TYPES) {
      style.push({ selector: 'node[type = "' + t.name + '"]', style: { 'background-color': t.color, shape: t.shape } });
    }
    style.push(
      { selector: 'node.expanded', style: { 'border-color': '#0f172a', 'border-width': 3 } },
      {
        selector: 'node.focus',
        style: { width: 50, height: 50, 'border-width': 4, 'border-color': '#0f172a', 'font-size': 14, 'font-weight': 'bold' }
      },
      { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 6, 'border-color': '#b45309' } },
      {
        selector: 'node.group',
        style: {
          shape: 'round-rectangle', width: 150, height: 44, 'background-color': '#f8fafc', 'border-style': 'dashed',
          'border-color': '#475569', 'border-width': 2, 'text-valign': 'center', 'text-margin-y': 0,
          'text-max-width': 140, 'font-size': 11, color: '#1e293b', 'text-outline-width': 0
        }
      },
      {
        selector: 'node.release',
        style: {
          shape: 'rectangle', width: 22, height: 28, 'background-color': RELEASE_COLOR, 'font-size': 10,
          color: '#334155', 'text-max-width': 160
        }
      },
      { selector: 'node.reached', style: { 'border-color': '#e11d48', 'border-width': 4 } },
      { selector: 'node.endpoint', style: { 'border-color': '#e11d48', 'border-width': 5, width: 44, height: 44 } },
      {
        selector: 'node:selected',
        style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.45, 'underlay-padding': 9, 'underlay-shape': 'ellipse' }
      },
      {
        selector: 'edge',
        style: {
          width: 2, 'curve-style': 'bezier', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'arrow-scale': 1.1, label: 'data(label)', 'font-size': 10,
          color: '#1e293b', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
          'text-background-opacity': 0.9, 'text-background-padding': 2, 'text-background-shape': 'roundrectangle',
          'min-zoomed-font-size': 8, 'text-events': 'yes',
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
        }
      },
      { selector: 'edge.loop', style: { 'loop-direction': '-45deg', 'loop-sweep': '-50deg', 'control-point-step-size': 60 } },
      { selector: 'edge.group-edge', style: { 'line-style': 'dashed' } },
      {
        selector: 'edge.source-edge',
        style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', label: '', width: 1.2, 'line-color': '#cbd5e1' }
      },
      { selector: 'edge.trace', style: { width: 4, 'line-color': '#e11d48', 'target-arrow-color': '#e11d48' } },
      {
        selector: 'edge:selected',
        style: { width: 5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'font-weight': 'bold' }
      },
      { selector: '.filtered, .user-hidden', style: { display: 'none' } }
    );
    return style;
  }

  function initGraph() {
    // Cytoscape adds a <style> element for its container unless an element with this id exists.
    // Our CSP (style-src 'self') refuses that element, so style.css stands in for it (it positions #graph).
    const sheet = document.querySelector('link[rel="stylesheet"]');
    if (sheet && !document.getElementById('__________cytoscape_stylesheet')) sheet.id = '__________cytoscape_stylesheet';
    cy = cytoscape({
      container: $('graph'),
      style: graphStyle(),
      minZoom: 0.08,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single'
    });
    cy.on('tap', 'node', (e) => {
      if (e.target.hasClass('group')) act(expandGroup)(e.target.id());
      else act(select)(e.target.id());
    });
    cy.on('tap', 'edge', (e) => act(select)(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) act(select)(null);
    });
    cy.on('dbltap', 'node', (e) => {
      if (!e.target.hasClass('group') && !e.target.hasClass('release')) act(expand)(e.target.id());
    });
    cy.on('free', 'node', (e) => {
      e.target.scratch('_moved', true);
    });
    window.coopgraph = { get cy() { return cy; }, state }; // for the browser tests and the curious
  }

  // ---------------------------------------------------------------------------
  // Graph elements: from API answers to Cytoscape elements
  // ---------------------------------------------------------------------------

  function relation(name) {
    return RELATIONS[name] || { verb: (name || '').toLowerCase().replace(/_/g, ' '), label: (name || '').toLowerCase(), color: '#94a3b8' };
  }

  const DETAILS = ['title', 'role', 'kind', 'scope']; // the fact properties the API sends

  /** What tells a fact apart from others of its relation between the same ends: its title, role, kind, scope. */
  function detailOf(props) {
    return DETAILS.map((k) => (props && props[k] !== null && props[k] !== undefined ? String(props[k]) : ''))
      .filter(Boolean);
  }

  /**
   * The page's id for a fact: source|RELATION|target, then its details. The same fact gets the
   * same id whether it came from a neighbourhood, a path or a reach answer.
   */
  function edgeId(source, rel, props, target) {
    return [source, rel, target].concat(detailOf(props)).join('|');
  }

  function edgeLabel(d) {
    const detail = detailOf(d.properties)[0];
    return relation(d.relation).label + (detail ? ' · ' + detail : '');
  }

  function nodeElement(d) {
    return { group: 'nodes', data: { id: d.id, label: d.label || d.name || d.id, type: d.type, kind: d.kind, country: d.country } };
  }

  function edgeElement(d) {
    const data = Object.assign({}, d, { id: edgeId(d.source, d.relation, d.properties, d.target), apiId: d.id });
    data.label = edgeLabel(d);
    data.color = relation(d.relation).color;
    return { group: 'edges', data, classes: d.source === d.target ? 'loop' : '' };
  }

  /** Shown: not filtered out, not hidden by the user, and for an edge, both ends shown. */
  function shown(el) {
    if (el.hasClass('filtered') || el.hasClass('user-hidden')) return false;
    return el.isNode() || (shown(el.source()) && shown(el.target()));
  }

  const shownNodes = () => cy.nodes().filter(shown);
  const shownEdges = () => cy.edges().filter(shown);
  const shownElements = () => cy.elements().filter(shown);

  /** Adds what is new; returns the added collection (existing ids are left as they are). */
  function addElements(nodes, edges) {
    const fresh = [];
    const seen = new Set();
    for (const n of nodes) {
      const id = n.data ? n.data.id : n.id;
      if (seen.has(id) || cy.getElementById(id).nonempty()) continue;
      seen.add(id);
      fresh.push(nodeElement(n.data || n));
    }
    for (const e of edges) {
      const el = edgeElement(e.data || e);
      const d = el.data;
      if (seen.has(d.id) || cy.getElementById(d.id).nonempty()) continue;
      if (!seen.has(d.source) && cy.getElementById(d.source).empty()) continue;
      if (!seen.has(d.target) && cy.getElementById(d.target).empty()) continue;
      seen.add(d.id);
      fresh.push(el);
    }
    return cy.add(fresh);
  }

  // ---------------------------------------------------------------------------
  // Neighbourhoods: load, expand, collapse hubs into groups, undo
  // ---------------------------------------------------------------------------

  async function fetchAll(url) {
    const nodes = [];
    const edges = [];
    let cursor = null;
    do {
      const page = await api(url + '&limit=' + PAGE_MAX + (cursor ? '&cursor=' + enc(cursor) : ''));
      await completeSources(page.elements.edges.map((e) => e.data));
      nodes.push(...page.elements.nodes);
      edges.push(...page.elements.edges);
      cursor = page.nextCursor;
    } while (cursor);
    return { nodes, edges };
  }

  /**
   * The neighbourhood of one node. A hub (more than one page of facts) comes back with its big
   * relations collapsed into group nodes that show their counts; the rest is drawn.
   */
  async function loadNeighbourhood(id) {
    const base = '/api/entities/' + enc(id) + '/neighbourhood';
    const first = await api(base + '?limit=' + HUB_PAGE);
    await completeSources(first.elements.edges.map((e) => e.data));
    if (!first.nextCursor) return addElements(first.elements.nodes, first.elements.edges);
    const perRelation = {};
    for (const c of first.counts) perRelation[c.relation] = (perRelation[c.relation] || 0) + c.count;
    const open = new Set(state.groups.filter((g) => g.startsWith(id + '|')).map((g) => g.slice(id.length + 1)));
    const big = Object.keys(perRelation).filter((r) => perRelation[r] > GROUP_MIN && !open.has(r));
    const small = Object.keys(perRelation).filter((r) => !big.includes(r));
    const centre = first.elements.nodes.filter((n) => n.data.id === id);
    let rest = { nodes: [], edges: [] };
    if (small.length) rest = await fetchAll(base + '?relations=' + small.map(enc).join(','));
    const added = addElements(centre.concat(rest.nodes), rest.edges);
    for (const c of first.counts) {
      if (big.includes(c.relation)) added.merge(addGroup(id, c.relation, c.direction, c.count));
    }
    return added;
  }

  function groupId(hub, rel, direction) {
    return 'group|' + hub + '|' + rel + '|' + direction;
  }

  function addGroup(hub, rel, direction, count) {
    const id = groupId(hub, rel, direction);
    if (cy.getElementById(id).nonempty()) return cy.collection();
    return cy.add([
      { group: 'nodes', data: { id, label: count + ' × ' + relation(rel).label + '\nclick to expand', type: 'Group', hub, relation: rel, direction, count }, classes: 'group' },
      {
        group: 'edges',
        data: {
          id: id + '|edge', source: direction === 'in' ? id : hub, target: direction === 'in' ? hub : id,
          relation: rel, label: relation(rel).label + ' ×' + count, color: relation(rel).color, group: true
        },
        classes: 'group-edge'
      }
    ]);
  }

  /** Expands one node: its neighbourhood joins the view; Undo takes it back out. */
  async function expand(id) {
    const node = cy.getElementById(id);
    if (node.empty() || node.hasClass('group') || node.hasClass('release')) return;
    if (state.expanded.includes(id)) {
      status(node.data('label') + ' is already expanded');
      return;
    }
    const gen = generation;
    const added = await withLoading('Expanding ' + node.data('label') + '…', () => loadNeighbourhood(id));
    if (gen !== generation) return;
    state.expanded.push(id);
    node.addClass('expanded');
    undoStack.push({ kind: 'expand', id, added: added.map((e) => e.id()) });
    placeAround(node, added.nodes());
    afterChange({ layout: added.nodes().nonempty() });
    const fresh = added.nodes().length;
    status(fresh ? 'Expanded ' + node.data('label') + ': ' + fresh + (fresh === 1 ? ' new node' : ' new nodes')
      : node.data('label') + ' has no other neighbours');
  }

  /** Opens a collapsed group: every neighbour of the hub through that relation. */
  async function expandGroup(gid) {
    const g = cy.getElementById(gid);
    if (g.empty()) return;
    const hub = g.data('hub');
    const rel = g.data('relation');
    const gen = generation;
    const all = await withLoading('Loading ' + g.data('count') + ' neighbours…', () =>
      fetchAll('/api/entities/' + enc(hub) + '/neighbourhood?relations=' + enc(rel)));
    if (gen !== generation) return;
    const groupEls = cy.nodes('.group').filter((n) => n.data('hub') === hub && n.data('relation') === rel);
    const removed = groupEls.union(groupEls.connectedEdges()).jsons();
    const at = groupEls.first().position();
    groupEls.remove();
    const added = addElements(all.nodes, all.edges);
    added.nodes().positions(() => ({ x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 }));
    state.groups.push(hub + '|' + rel);
    undoStack.push({ kind: 'group', key: hub + '|' + rel, added: added.map((e) => e.id()), removed });
    afterChange({ layout: true });
    status('Showing ' + added.nodes().length + ' more neighbours of ' + cy.getElementById(hub).data('label'));
  }

  /** Takes back the last expansion; pinned nodes stay. */
  function undo() {
    const last = undoStack.pop();
    if (!last) return;
    const keep = new Set([state.focus, state.target].concat([...state.pinned]));
    const gone = cy.collection();
    for (const id of last.added) {
      const el = cy.getElementById(id);
      if (el.nonempty() && !keep.has(id)) gone.merge(el);
    }
    gone.union(gone.connectedEdges()).remove();
    for (const id of last.added) {
      state.hidden.delete(id);
      const i = state.expanded.indexOf(id);
      if (i >= 0 && cy.getElementById(id).empty()) state.expanded.splice(i, 1);
    }
    if (last.kind === 'expand') {
      state.expanded = state.expanded.filter((x) => x !== last.id);
      cy.getElementById(last.id).removeClass('expanded');
    } else {
      state.groups = state.groups.filter((x) => x !== last.key);
      cy.add(last.removed);
    }
    if (state.selected && cy.getElementById(state.selected).empty()) select(null);
    afterChange({ layout: true });
    status('Undid the last expansion');
  }

  // ---------------------------------------------------------------------------
  // Views: open an entity, trace paths, intelligence reach
  // ---------------------------------------------------------------------------

  function resetView(mode) {
    generation++;
    cy.elements().remove();
    undoStack.length = 0;
    Object.assign(state, { mode, focus: null, target: null, expanded: [], groups: [], selected: null });
    state.hidden.clear();
    state.pinned.clear();
    lastPaths = null;
    lastReach = null;
    $('welcome').hidden = mode !== 'none';
    showPanelHint();
  }

  async function openEntity(id, opts) {
    const o = Object.assign({ push: true, select: true }, opts);
    resetView('entity');
    state.focus = id;
    const gen = generation;
    const added = await withLoading('Loading the neighbourhood…', () => loadNeighbourhood(id));
    if (gen !== generation) return;
    state.expanded = [id];
    const centre = cy.getElementById(id).addClass('focus expanded');
    $('search').value = centre.data('label') || id;
    document.title = (centre.data('label') || id) + ' · coopgraph explorer';
    layout();
    applyFilters();
    if (o.select) await select(id, { quiet: true });
    if (o.push) pushUrl();
    const around = added.nodes().not('.group').length - 1;
    status(centre.data('label') + ': ' + around + (around === 1 ? ' neighbour' : ' neighbours'));
  }

  /** Paths between two entities, drawn and listed. */
  async function tracePaths(from, to, opts) {
    const o = Object.assign({ push: true }, opts);
    if (!from || !to) throw new ApiError('Pick two entities', 'choose one in "From" and one in "To" from the suggestions');
    resetView('trace');
    state.focus = from;
    state.target = to;
    const gen = generation;
    const answer = await withLoading('Tracing paths…', () =>
      api('/api/paths?from=' + enc(from) + '&to=' + enc(to) + '&maxHops=4&limit=5')
        .then(async (a) => { await completeSources(a.paths.flatMap((p) => p.hops)); return a; }));
    if (gen !== generation) return;
    lastPaths = answer;
    const nodes = [];
    const edges = [];
    for (const p of answer.paths) {
      nodes.push(...p.nodes);
      for (const hop of p.hops) edges.push(hopEdge(hop));
    }
    addElements(nodes.length ? nodes : [answer.from, answer.to], edges);
    cy.elements().addClass('trace');
    cy.getElementById(from).addClass('endpoint');
    cy.getElementById(to).addClass('endpoint');
    setCombo($('trace-from'), answer.from);
    setCombo($('trace-to'), answer.to);
    document.title = 'Paths ' + answer.from.name + ' → ' + answer.to.name + ' · coopgraph explorer';
    layout();
    applyFilters();
    renderPaths(answer);
    if (o.push) pushUrl();
    status(answer.paths.length ? answer.paths.length + ' paths between ' + answer.from.name + ' and ' + answer.to.name
      : 'No path within 4 hops between ' + answer.from.name + ' and ' + answer.to.name);
  }

  function hopEdge(hop) {
    const forward = hop.direction !== 'backward';
    const source = forward ? hop.from : hop.to;
    const target = forward ? hop.to : hop.from;
    return {
      id: edgeId(source, hop.relation, hop.properties, target), source, target, relation: hop.relation,
      properties: hop.properties, since: hop.since, until: hop.until, confidence: hop.confidence, sources: hop.sources
    };
  }

  /** Which countries an organisation's intelligence reaches, as of the end of the time window. */
  async function traceReach(from, opts) {
    const o = Object.assign({ push: true }, opts);
    if (!from) throw new ApiError('Pick an organisation', 'choose one in "From" from the suggestions');
    resetView('reach');
    state.focus = from;
    const gen = generation;
    const asOf = state.to ? state.to + '-12-31' : null;
    const answer = await withLoading('Following the intelligence…', () =>
      api('/api/intelligence/reach?from=' + enc(from) + (asOf ? '&asOf=' + asOf : ''))
        .then(async (a) => { await completeSources(a.countries.flatMap((c) => c.steps)); return a; }));
    if (gen !== generation) return;
    lastReach = answer;
    const known = new Map([[answer.from.id, answer.from]]);
    for (const c of answer.countries) known.set(c.iso2, { id: c.iso2, type: 'Country', name: c.name });
    const middle = new Set();
    for (const c of answer.countries) c.path.forEach((id) => { if (!known.has(id)) middle.add(id); });
    const details = await Promise.all([...middle].map((id) => entity(id)));
    if (gen !== generation) return;
    details.forEach((d) => known.set(d.id, d));
    const edges = new Map();
    for (const c of answer.countries) {
      for (const s of c.steps) {
        const e = { id: edgeId(s.from, s.relation, s.properties, s.to), source: s.from, target: s.to, relation: s.relation,
          properties: s.properties, since: s.since, until: s.until, confidence: null, sources: s.sources };
        edges.set(e.id, e);
      }
    }
    addElements([...known.values()], [...edges.values()]);
    cy.getElementById(from).addClass('focus expanded');
    for (const c of answer.countries) cy.getElementById(c.iso2).addClass('reached');
    setCombo($('trace-from'), answer.from);
    document.title = 'Intelligence reach of ' + answer.from.name + ' · coopgraph explorer';
    layout();
    applyFilters();
    renderReach(answer);
    if (o.push) pushUrl();
    status(answer.from.name + ': intelligence reaches ' + answer.count + ' countries as of ' + answer.asOf);
  }

  /** The results of a trace or a reach, shown in the evidence panel while nothing is selected. */
  function resultsBox(kicker, title) {
    const box = h('div', { id: 'trace-results', class: 'trace-results' });
    clear($('panel-body')).appendChild(h('header', { class: 'panel-head' }, h('p', { class: 'kicker' }, kicker), h('h2', null, title)));
    $('panel-body').appendChild(box);
    return box;
  }

  function renderPaths(answer) {
    const box = resultsBox('Paths', answer.from.name + ' → ' + answer.to.name);
    if (!answer.paths.length) {
      box.appendChild(h('p', { class: 'muted' }, 'No path of 4 hops or fewer between ', answer.from.name, ' and ', answer.to.name, '.'));
      return;
    }
    box.appendChild(h('p', { class: 'result-head' }, (answer.paths.length === 1 ? 'The shortest path' : 'The ' + answer.paths.length + ' shortest paths')
      + ' of at most ' + answer.maxHops + ' hops. Select one to highlight it; select a node or an edge for its evidence.'));
    const list = h('ol', { class: 'paths' });
    answer.paths.forEach((p, i) => {
      const steps = [];
      p.nodes.forEach((n, j) => {
        steps.push(h('span', { class: 'path-node' }, swatch(n.type), n.name || n.id));
        const hop = p.hops[j];
        if (hop) {
          const arrow = hop.direction === 'backward' ? '← ' + relation(hop.relation).label + ' ←' : '→ ' + relation(hop.relation).label + ' →';
          steps.push(h('span', { class: 'path-rel' }, ' ' + arrow + ' '));
        }
      });
      list.appendChild(h('li', null,
        h('button', { type: 'button', class: 'path', 'data-path': i, onclick: () => highlightPath(p) },
          h('span', { class: 'badge' }, p.length + (p.length === 1 ? ' hop' : ' hops')), ' ', steps)));
    });
    box.appendChild(list);
  }

  function highlightPath(p) {
    cy.elements().removeClass('trace');
    const ids = new Set(p.nodes.map((n) => n.id));
    p.hops.forEach((hop) => ids.add(hopEdge(hop).id));
    const els = cy.elements().filter((e) => ids.has(e.id()));
    els.addClass('trace');
    cy.animate({ fit: { eles: els, padding: 60 } }, { duration: reducedMotion() ? 0 : 300 });
  }

  function renderReach(answer) {
    const box = resultsBox('Intelligence reach', answer.from.name);
    box.appendChild(h('p', { class: 'result-head' }, answer.from.name + "'s intelligence reaches " + answer.count
      + (answer.count === 1 ? ' country' : ' countries') + ' as of ' + answer.asOf));
    if (!answer.countries.length) {
      box.appendChild(h('p', { class: 'muted' }, 'No country is reached through intelligence or dissemination facts.'));
      return;
    }
    const list = h('ul', { class: 'reach' });
    const sorted = answer.countries.slice().sort((a, b) => a.hops - b.hops || (a.name || '').localeCompare(b.name || ''));
    for (const c of sorted) {
      list.appendChild(h('li', null, h('button', { type: 'button', class: 'reach-item', 'data-id': c.iso2, onclick: act(() => select(c.iso2, { center: true })) },
        swatch('Country'), h('span', { class: 'reach-name' }, c.name || c.iso2),
        h('span', { class: 'badge' }, c.hops + (c.hops === 1 ? ' hop' : ' hops')))));
    }
    box.appendChild(list);
  }

  // ---------------------------------------------------------------------------
  // Layout: a balloon tree around the focus; paths left to right
  // ---------------------------------------------------------------------------

  function reducedMotion() {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /**
   * Breadth-first trees over the shown nodes: the first from the focus, then one from each node
   * the trees so far do not reach. Children are in label order.
   */
  function forest() {
    const byLabel = (a, b) => String(a.data('label')).localeCompare(String(b.data('label')));
    const depth = new Map();
    const children = new Map();
    const roots = [];
    const grow = (root) => {
      roots.push(root);
      depth.set(root.id(), 0);
      const queue = [root];
      for (let i = 0; i < queue.length; i++) {
        const n = queue[i];
        n.connectedEdges().not('.source-edge').filter(shown).connectedNodes().filter(shown).sort(byLabel).forEach((m) => {
          if (depth.has(m.id())) return;
          depth.set(m.id(), depth.get(n.id()) + 1);
          (children.get(n.id()) || children.set(n.id(), []).get(n.id())).push(m);
          queue.push(m);
        });
      }
    };
    const focus = cy.getElementById(state.focus);
    if (focus.nonempty() && shown(focus)) grow(focus);
    shownNodes().not('.release').sort(byLabel).forEach((n) => { if (!depth.has(n.id())) grow(n); });
    return { roots, depth, children };
  }

  /**
   * A balloon tree: the focus in the middle with its neighbours around it; the neighbours of an
   * expanded node fan out around that node, away from where it came from. Crowded fans stagger
   * their nodes on two arcs. Parts the focus does not reach go to the right.
   */
  function radialPositions() {
    const { roots, children } = forest();
    const pos = {};
    const place = (id, at, dir, root) => {
      const kids = children.get(id) || [];
      const k = kids.length;
      if (!k) return;
      const crowded = k > 36;
      const gap = crowded ? 58 : root ? 150 : 115;
      const span = root ? 2 * Math.PI : Math.min(1.5 * Math.PI, Math.max(0.9, k * 0.42));
      const r = Math.max(root ? 270 : 200, (k * gap) / span);
      let start = root ? -Math.PI / 2 : dir - span / 2;
      const step = root ? span / k : k === 1 ? 0 : span / (k - 1);
      // keep the focus's label (below it) clear of edges: no neighbour straight down
      if (root && k > 1 && kids.some((n, i) => Math.abs(Math.cos(start + i * step)) < 0.2 && Math.sin(start + i * step) > 0)) {
        start += step / 2;
      }
      kids.forEach((n, i) => {
        const a = !root && k === 1 ? dir : start + i * step;
        const rr = r + (crowded && i % 2 ? 90 : 0);
        pos[n.id()] = { x: at.x + rr * Math.cos(a), y: at.y + rr * Math.sin(a) };
        place(n.id(), pos[n.id()], a, false);
      });
    };
    let right = null;
    for (const root of roots) {
      const tree = {};
      const before = Object.keys(pos);
      pos[root.id()] = { x: 0, y: 0 };
      place(root.id(), pos[root.id()], -Math.PI / 2, true);
      Object.keys(pos).filter((k) => !before.includes(k)).forEach((k) => { tree[k] = pos[k]; });
      const xs = Object.values(tree).map((p) => p.x);
      const shift = right === null ? 0 : right + 220 - Math.min(...xs);
      Object.values(tree).forEach((p) => { p.x += shift; });
      right = Math.max(...Object.values(tree).map((p) => p.x));
    }
    return pos;
  }

  /** Left to right by distance from the start: for paths. */
  function layeredPositions() {
    const { roots, depth, children } = forest();
    const pos = {};
    const layers = [];
    const visit = (n) => {
      const d = depth.get(n.id());
      (layers[d] = layers[d] || []).push(n);
      (children.get(n.id()) || []).forEach(visit);
    };
    roots.forEach(visit);
    layers.forEach((layer, d) => layer.forEach((n, i) => {
      pos[n.id()] = { x: d * 250, y: (i - (layer.length - 1) / 2) * 120 };
    }));
    return pos;
  }

  function layout() {
    const eles = shownElements();
    if (eles.empty()) return;
    const pos = state.mode === 'trace' ? layeredPositions() : radialPositions();
    const nodes = eles.nodes().filter((n) => !n.locked() && pos[n.id()]);
    const animate = !reducedMotion() && !restoring && cy.nodes().length < 400;
    nodes.layout({
      name: 'preset', positions: (n) => pos[n.id()], fit: false, animate, animationDuration: 300,
      stop: () => {
        placeSources();
        fitView(animate);
      }
    }).run();
  }

  /** Fits what is visible, without zooming a small graph in too far. */
  function fitView(animate) {
    const eles = shownElements();
    if (eles.empty()) return;
    cy.stop();
    const w = cy.width();
    const hgt = cy.height();
    const bb = eles.boundingBox();
    const pad = 50;
    const zoom = Math.min(1.3, Math.max(cy.minZoom(), Math.min((w - 2 * pad) / Math.max(bb.w, 1), (hgt - 2 * pad) / Math.max(bb.h, 1))));
    const pan = { x: w / 2 - zoom * (bb.x1 + bb.w / 2), y: hgt / 2 - zoom * (bb.y1 + bb.h / 2) };
    if (animate) cy.animate({ zoom, pan }, { duration: 250 });
    else cy.viewport({ zoom, pan });
  }

  /** New nodes start where their parent is, and move out to their place. */
  function placeAround(parent, nodes) {
    const p = parent.position();
    nodes.positions(() => ({ x: p.x, y: p.y }));
  }

  // ---------------------------------------------------------------------------
  // Filters: entity types, relations, time window; user-hidden nodes
  // ---------------------------------------------------------------------------

  /** A fact is kept when it is true at some moment of the window [from, to] (years, inclusive). */
  function inWindow(d) {
    if (state.to !== null && d.since && d.since > state.to + '-12-31') return false;
    if (state.from !== null && d.until && d.until < String(state.from)) return false;
    return true;
  }

  function applyFilters() {
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      cy.nodes().forEach((n) => {
        const type = n.data('type');
        let off = false;
        if (n.hasClass('group')) off = state.noRelations.has(n.data('relation'));
        else if (!n.hasClass('release') && n.id() !== state.focus && n.id() !== state.target) off = state.noTypes.has(type);
        if (off) n.addClass('filtered');
        n.toggleClass('user-hidden', state.hidden.has(n.id()));
      });
      cy.edges().not('.source-edge').forEach((e) => {
        const d = e.data();
        if (state.noRelations.has(d.relation) || (!d.group && !inWindow(d))) e.addClass('filtered');
      });
      // A node whose facts are all filtered out goes too; the focus, trace ends and pinned nodes stay.
      const keep = new Set([state.focus, state.target].concat([...state.pinned]));
      cy.nodes().not('.release').forEach((n) => {
        const facts = n.connectedEdges().not('.source-edge');
        if (!keep.has(n.id()) && facts.nonempty() && facts.filter((e) => !e.hasClass('filtered')
          && !e.connectedNodes().some((m) => m.hasClass('filtered') || m.hasClass('user-hidden'))).empty()) {
          n.addClass('filtered');
        }
      });
    });
    refreshSources();
    refreshCounts();
    refreshHiddenList();
    const sel = state.selected && cy.getElementById(state.selected);
    if (sel && sel.nonempty() && !shown(sel)) sel.unselect();
  }

  /** Releases drawn as source nodes, linked to the entities of the visible facts they state. */
  function refreshSources() {
    cy.remove('.source-layer');
    if (!state.sources) return;
    const nodes = new Map();
    const edges = new Map();
    shownEdges().not('.group-edge, .source-edge').forEach((e) => {
      for (const s of e.data('sources') || []) {
        const rid = 'release|' + s.id;
        if (!nodes.has(rid)) {
          const title = s.title || s.id;
          nodes.set(rid, { group: 'nodes', classes: 'release source-layer',
            data: { id: rid, release: s.id, type: 'Release', label: (title.length > 60 ? title.slice(0, 57) + '…' : title) + (s.date ? ' (' + s.date + ')' : ''), sources: [s] } });
        }
        for (const end of [e.source().id(), e.target().id()]) {
          const eid = rid + '|' + end;
          if (!edges.has(eid)) edges.set(eid, { group: 'edges', classes: 'source-edge source-layer', data: { id: eid, source: rid, target: end, relation: 'SOURCE', label: '' } });
        }
      }
    });
    cy.add([...nodes.values()].concat([...edges.values()]));
    placeSources();
    fitIfOutside();
  }

  /** Fits the view again only when something shown lies outside it. */
  function fitIfOutside() {
    const ext = cy.extent();
    const bb = shownElements().boundingBox();
    if (bb.x1 < ext.x1 || bb.x2 > ext.x2 || bb.y1 < ext.y1 || bb.y2 > ext.y2) fitView(false);
  }

  /** Release nodes on a shelf below the graph, in the order of the entities they cite. */
  function placeSources() {
    const releases = cy.nodes('.release');
    if (releases.empty()) return;
    const bb = shownNodes().not('.release').boundingBox();
    const meanX = (n) => {
      const xs = n.neighborhood('node').map((m) => m.position('x'));
      return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    };
    const sorted = releases.sort((a, b) => meanX(a) - meanX(b));
    const gap = Math.max(180, bb.w / Math.max(1, sorted.length));
    const x0 = (bb.x1 + bb.x2) / 2 - (gap * (sorted.length - 1)) / 2;
    sorted.forEach((n, i) => { n.position({ x: x0 + i * gap, y: bb.y2 + 140 }); });
  }

  function refreshCounts() {
    const visible = shownNodes().not('.group, .release');
    const facts = shownEdges().not('.group-edge, .source-edge');
    const filtered = cy.elements('.filtered').not('.source-layer').length;
    for (const t of TYPES) {
      const out = document.querySelector('[data-type-count="' + t.name + '"]');
      if (out) out.textContent = String(cy.nodes('[type = "' + t.name + '"]').length || '');
    }
    for (const r of Object.keys(RELATIONS)) {
      const out = document.querySelector('[data-rel-count="' + r + '"]');
      if (out) out.textContent = String(cy.edges('[relation = "' + r + '"]').not('.group-edge').length || '');
    }
    $('btn-undo').disabled = undoStack.length === 0;
    if (state.mode === 'none') {
      $('empty').hidden = true;
      return;
    }
    const empty = facts.empty() && cy.edges().not('.source-edge').nonempty();
    $('empty').hidden = !empty;
    if (empty) $('empty-text').textContent = 'No fact in this view matches the filters. Widen the time window or tick more types and relations.';
    const plural = (k, one, many) => k + ' ' + (k === 1 ? one : many);
    setSummary(plural(visible.length, 'node', 'nodes') + ' · ' + plural(facts.length, 'fact', 'facts')
      + (filtered ? ' · ' + filtered + ' filtered out' : ''));
  }

  let summaryText = '';
  function setSummary(text) {
    summaryText = text;
    $('status').textContent = text;
  }

  function status(text) {
    $('status').textContent = text + (summaryText ? ' — ' + summaryText : '');
  }

  function refreshHiddenList() {
    const list = clear($('hidden-list'));
    $('hidden-box').hidden = state.hidden.size === 0;
    for (const id of state.hidden) {
      const n = cy.getElementById(id);
      list.appendChild(h('li', null, swatch(n.data('type')), h('span', null, n.nonempty() ? n.data('label') : id), ' ',
        h('button', { type: 'button', class: 'link', onclick: act(() => unhide(id)) }, 'show')));
    }
  }

  function hide(id) {
    const n = cy.getElementById(id);
    if (n.empty() || id === state.focus) {
      status('The entity at the centre of the view cannot be hidden');
      return;
    }
    state.hidden.add(id);
    if (state.selected === id) select(null);
    afterChange({ layout: false });
    status('Hid ' + n.data('label'));
  }

  function unhide(id) {
    if (id) state.hidden.delete(id);
    else state.hidden.clear();
    afterChange({ layout: false });
  }

  function togglePin(id) {
    const n = cy.getElementById(id);
    if (n.empty()) return;
    if (state.pinned.has(id)) {
      state.pinned.delete(id);
      n.unlock().removeClass('pinned');
    } else {
      state.pinned.add(id);
      n.addClass('pinned').lock();
    }
    afterChange({ layout: false });
    if (state.selected === id) renderSelection();
    status((state.pinned.has(id) ? 'Pinned ' : 'Unpinned ') + n.data('label'));
  }

  /** After a filter changes: the evidence panel shows which facts are now outside the window. */
  function filtersChanged() {
    afterChange({ layout: false });
    if (!state.selected) return;
    const side = $('panel');
    const top = side.scrollTop;
    Promise.resolve(renderSelection()).then(() => { side.scrollTop = top; }).catch(showError);
  }

  function afterChange(opts) {
    cy.nodes().forEach((n) => {
      const pinned = state.pinned.has(n.id());
      n.toggleClass('pinned', pinned);
      if (pinned) n.lock();
    });
    applyFilters();
    if (opts && opts.layout) layout();
    replaceUrl();
  }

  // ---------------------------------------------------------------------------
  // Filter controls: legend with type checkboxes, relation checkboxes, time sliders
  // ---------------------------------------------------------------------------

  function buildFilters() {
    const types = $('type-filters');
    for (const t of TYPES) {
      const box = h('input', { type: 'checkbox', 'data-type': t.name, checked: true });
      box.addEventListener('change', () => {
        if (box.checked) state.noTypes.delete(t.name); else state.noTypes.add(t.name);
        filtersChanged();
      });
      types.appendChild(h('li', null, h('label', { class: 'check' }, box, swatch(t.name), h('span', null, t.name),
        h('span', { class: 'count', 'data-type-count': t.name }))));
    }
    const rels = $('relation-filters');
    for (const [name, r] of Object.entries(RELATIONS)) {
      const box = h('input', { type: 'checkbox', 'data-relation': name, checked: true });
      box.addEventListener('change', () => {
        if (box.checked) state.noRelations.delete(name); else state.noRelations.add(name);
        filtersChanged();
      });
      const line = h('span', { class: 'rel-line', 'aria-hidden': 'true' });
      line.style.backgroundColor = r.color;
      rels.appendChild(h('li', null, h('label', { class: 'check' }, box, line, h('span', null, r.label),
        h('span', { class: 'count', 'data-rel-count': name }))));
    }
    const setAll = (on) => {
      state.noRelations = on ? new Set() : new Set(Object.keys(RELATIONS));
      syncControls();
      filtersChanged();
    };
    $('rels-all').addEventListener('click', () => setAll(true));
    $('rels-none').addEventListener('click', () => setAll(false));

    for (const [id, bound] of [['year-from', 'from'], ['year-to', 'to']]) {
      const input = $(id);
      input.min = String(YEAR_MIN);
      input.max = String(YEAR_MAX);
      input.addEventListener('input', () => onYear(bound, Number(input.value)));
    }
    $('time-reset').addEventListener('click', () => {
      state.from = null;
      state.to = null;
      syncControls();
      filtersChanged();
    });
    $('show-sources').addEventListener('change', (e) => {
      state.sources = e.target.checked;
      filtersChanged();
    });
  }

  /** Moving a slider to its end removes that bound; the two bounds never cross. */
  function onYear(bound, year) {
    if (bound === 'from') {
      state.from = year <= YEAR_MIN ? null : year;
      if (state.from !== null && state.to !== null && state.to < state.from) state.to = state.from;
    } else {
      state.to = year >= YEAR_MAX ? null : year;
      if (state.from !== null && state.to !== null && state.from > state.to) state.from = state.to;
    }
    syncControls();
    filtersChanged();
  }

  /** Puts the controls in line with the state (after a URL is read, or a reset). */
  function syncControls() {
    document.querySelectorAll('[data-type]').forEach((b) => { b.checked = !state.noTypes.has(b.dataset.type); });
    document.querySelectorAll('[data-relation]').forEach((b) => { b.checked = !state.noRelations.has(b.dataset.relation); });
    $('year-from').value = String(state.from === null ? YEAR_MIN : state.from);
    $('year-to').value = String(state.to === null ? YEAR_MAX : state.to);
    $('year-from-out').textContent = state.from === null ? 'any' : String(state.from);
    $('year-to-out').textContent = state.to === null ? 'any' : String(state.to);
    $('year-from').setAttribute('aria-valuetext', state.from === null ? 'no lower bound' : String(state.from));
    $('year-to').setAttribute('aria-valuetext', state.to === null ? 'no upper bound' : String(state.to));
    $('time-summary').textContent = state.from === null && state.to === null ? 'Facts true at any time'
      : state.from === null ? 'Facts true up to the end of ' + state.to
        : state.to === null ? 'Facts true from ' + state.from + ' on'
          : state.from === state.to ? 'Facts true during ' + state.from
            : 'Facts true at some time from ' + state.from + ' to ' + state.to;
    $('show-sources').checked = state.sources;
  }

  // ---------------------------------------------------------------------------
  // Selection and the evidence panel
  // ---------------------------------------------------------------------------

  function showPanelHint() {
    if (state.mode === 'trace' && lastPaths) return renderPaths(lastPaths);
    if (state.mode === 'reach' && lastReach) return renderReach(lastReach);
    clear($('panel-body')).appendChild(h('p', { class: 'muted' },
      'Select a node or an edge to see its properties and the releases that state it.'));
  }

  async function select(id, opts) {
    const o = Object.assign({ quiet: false, center: false }, opts);
    cy.elements().unselect();
    state.selected = id || null;
    if (!id) {
      showPanelHint();
      if (!o.quiet) replaceUrl();
      return;
    }
    const el = cy.getElementById(id);
    if (el.empty()) {
      state.selected = null;
      return;
    }
    el.select();
    if (o.center && el.isNode()) cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: reducedMotion() ? 0 : 250 });
    if (!o.quiet) replaceUrl();
    await renderSelection();
  }

  async function renderSelection() {
    const id = state.selected;
    const el = id ? cy.getElementById(id) : null;
    if (!el || el.empty()) return showPanelHint();
    if (el.isEdge()) return renderEdge(el);
    if (el.hasClass('release')) return renderReleaseNode(el);
    if (el.hasClass('group')) return renderGroup(el);
    return renderNode(el);
  }

  function panel(...children) {
    const body = clear($('panel-body'));
    if ((state.mode === 'trace' && lastPaths) || (state.mode === 'reach' && lastReach)) {
      body.appendChild(h('p', { class: 'back' }, h('button', { type: 'button', class: 'link', onclick: act(() => select(null)) },
        state.mode === 'trace' ? '← all paths' : '← all countries reached')));
    }
    append(body, children);
    return body;
  }

  function field(label, value) {
    if (value === null || value === undefined || value === '') return null;
    return [h('dt', null, label), h('dd', null, value)];
  }

  function human(s) {
    return String(s).replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }

  function period(since, until) {
    if (!since && !until) return null;
    if (since && until) return since + ' – ' + until;
    return since ? 'since ' + since : 'until ' + until;
  }

  function confidenceText(c) {
    return c === null || c === undefined ? null : Math.round(c * 100) + '%';
  }

  /** A link to another entity: selects it if it is in view, else opens it. */
  function entityLink(ref) {
    if (!ref) return '';
    return h('button', { type: 'button', class: 'entity-link', onclick: act(() => {
      if (cy.getElementById(ref.id).nonempty() && shown(cy.getElementById(ref.id))) return select(ref.id, { center: true });
      return openEntity(ref.id);
    }) }, swatch(ref.type), ref.name || ref.id);
  }

  function nodeActions(n) {
    const id = n.id();
    const expanded = state.expanded.includes(id);
    const org = ['Organisation', 'Centre'].includes(n.data('type'));
    return h('div', { class: 'actions' },
      h('button', { type: 'button', disabled: expanded, onclick: act(() => expand(id)), title: 'Add its neighbours to the view (Enter)' }, expanded ? 'Expanded' : 'Expand'),
      h('button', { type: 'button', onclick: act(() => hide(id)), disabled: id === state.focus, title: 'Hide from the view (H)' }, 'Hide'),
      h('button', { type: 'button', 'aria-pressed': state.pinned.has(id) ? 'true' : 'false', onclick: act(() => togglePin(id)), title: 'Keep in place (P)' }, state.pinned.has(id) ? 'Unpin' : 'Pin'),
      state.mode === 'entity' && id === state.focus ? null : h('button', { type: 'button', onclick: act(() => openEntity(id)) }, 'Centre on it'),
      h('button', { type: 'button', onclick: act(() => traceFrom(id)) }, 'Trace from it'),
      org ? h('button', { type: 'button', onclick: act(() => traceReach(id)) }, 'Intelligence reach') : null);
  }

  function traceFrom(id) {
    const n = cy.getElementById(id);
    setCombo($('trace-from'), { id, name: n.data('label'), type: n.data('type') });
    $('trace-to').focus();
    status('Now pick where to trace to');
  }

  async function renderNode(n) {
    const id = n.id();
    panel(h('header', { class: 'panel-head' }, h('p', { class: 'kicker' }, swatch(n.data('type')), n.data('type')),
      h('h2', null, n.data('label'))), nodeActions(n), h('p', { class: 'muted loading-line' }, 'Loading the evidence…'));
    let d;
    try {
      d = await entity(id);
    } catch (e) {
      if (state.selected !== id) return;
      panel(h('header', { class: 'panel-head' }, h('h2', null, n.data('label'))), nodeActions(n), h('p', { class: 'error-inline', role: 'alert' }, e.message));
      return;
    }
    if (state.selected !== id) return;
    const props = Object.entries(d.properties || {}).filter(([, v]) => v !== null && v !== '');
    const aliases = (d.aliases || []).filter((a) => a !== d.name);
    const roles = d.facts.filter((f) => f.relation === 'HOLDS_ROLE');
    panel(
      h('header', { class: 'panel-head' }, h('p', { class: 'kicker' }, swatch(d.type), d.type + (d.kind ? ' · ' + human(d.kind) : '')), h('h2', null, d.name)),
      nodeActions(n),
      h('dl', { class: 'fields' }, field('Id', d.id), d.type === 'Country' ? null : field('Country', d.country), field('Mentioned in', d.mentions + (d.mentions === 1 ? ' release' : ' releases')),
        props.map(([k, v]) => field(human(k), typeof v === 'object' ? JSON.stringify(v) : String(v)))),
      aliases.length ? h('section', { class: 'sub' }, h('h3', null, 'Also known as'), h('ul', { class: 'aliases' }, aliases.map((a) => h('li', null, a)))) : null,
      roles.length ? h('section', { class: 'sub' }, h('h3', null, 'Roles'), h('ul', { class: 'roles plain' }, roles.map((f) => h('li', null,
        f.direction === 'out' ? [f.properties.title || 'a role', ' at ', entityLink(f.other)] : [entityLink(f.other), ' — ', f.properties.title || 'a role'],
        period(f.since, f.until) ? h('span', { class: 'muted' }, ' (' + period(f.since, f.until) + ')') : null)))) : null,
      factSections(d),
      d.truncated ? h('p', { class: 'muted' }, 'Only the first facts are listed; expand the node to see all its neighbours.') : null);
  }

  /** The facts of an entity by relation, each with its period, confidence and sources. */
  function factSections(d) {
    const groups = new Map();
    for (const f of d.facts) {
      const k = f.relation + '|' + f.direction;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(f);
    }
    const me = { id: d.id, type: d.type, name: d.name };
    const out = [h('h3', { class: 'facts-title' }, 'Facts (' + d.facts.length + ')')];
    if (!d.facts.length) out.push(h('p', { class: 'muted' }, 'No fact recorded.'));
    for (const [k, facts] of groups) {
      const [rel, dir] = k.split('|');
      const title = dir === 'out' ? 'It ' + relation(rel).verb + '…' : '… ' + relation(rel).verb + ' it';
      const det = h('details', { class: 'fact-group', open: facts.length <= 8 },
        h('summary', null, title, h('span', { class: 'badge' }, String(facts.length))),
        h('ul', { class: 'facts plain' }, facts.map((f) => factItem(f, me))));
      out.push(det);
    }
    return h('section', { class: 'sub' }, out);
  }

  function factItem(f, me) {
    const subject = f.direction === 'out' ? me : f.other;
    const object = f.direction === 'out' ? f.other : me;
    const eid = edgeId(subject.id, f.relation, f.properties, object.id);
    const key = detailOf(f.properties).join(' · ');
    const inView = cy.getElementById(eid).nonempty();
    const outside = !inWindow(f);
    return h('li', { class: 'fact' + (outside ? ' outside' : '') },
      h('p', { class: 'fact-line' }, entityLink(f.other),
        h('span', { class: 'muted' }, ' ' + [key, period(f.since, f.until), confidenceText(f.confidence) && 'confidence ' + confidenceText(f.confidence)].filter(Boolean).join(' · ')),
        outside ? h('span', { class: 'tag' }, 'outside the time window') : null,
        inView && !outside ? [' ', h('button', { type: 'button', class: 'link', onclick: act(() => select(eid)) }, 'show edge')] : null),
      sourceList(f.sources, true));
  }

  function renderEdge(e) {
    const d = e.data();
    if (d.group) return renderGroup(e.source().hasClass('group') ? e.source() : e.target());
    if (e.hasClass('source-edge')) return renderReleaseNode(e.source());
    const s = e.source();
    const t = e.target();
    const props = Object.entries(d.properties || {}).filter(([, v]) => v !== null && v !== '');
    panel(
      h('header', { class: 'panel-head' }, h('p', { class: 'kicker' }, 'Fact · ' + d.relation),
        h('h2', null, s.data('label') + ' ' + relation(d.relation).verb + ' ' + t.data('label'))),
      h('p', { class: 'fact-ends' }, entityLink({ id: s.id(), type: s.data('type'), name: s.data('label') }),
        h('span', { class: 'arrow', 'aria-label': relation(d.relation).verb }, ' → '), entityLink({ id: t.id(), type: t.data('type'), name: t.data('label') })),
      h('dl', { class: 'fields' }, field('Relation', relation(d.relation).verb), props.map(([k, v]) => field(human(k), String(v))),
        field('True', period(d.since, d.until) || 'no dates recorded'), field('Confidence', confidenceText(d.confidence)),
        inWindow(d) ? null : field('Time window', 'outside the chosen window')),
      h('section', { class: 'sub' }, h('h3', null, 'Sources (' + (d.sources || []).length + ')'), sourceList(d.sources, false)));
  }

  function renderGroup(g) {
    panel(h('header', { class: 'panel-head' }, h('p', { class: 'kicker' }, 'Collapsed neighbours'),
      h('h2', null, g.data('count') + ' × ' + relation(g.data('relation')).label)),
    h('p', null, cy.getElementById(g.data('hub')).data('label') + ' has ' + g.data('count') + ' facts of this relation; they are collapsed to keep the view readable.'),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: act(() => expandGroup(g.id())) }, 'Expand all ' + g.data('count'))));
  }

  function renderReleaseNode(n) {
    const s = (n.data('sources') || [])[0] || { id: n.data('release') };
    panel(h('header', { class: 'panel-head' }, h('p', { class: 'kicker' }, swatch('Release'), 'Release'), h('h2', null, s.title || s.id)),
      h('dl', { class: 'fields' }, field('Published', s.date), field('Id', s.id)),
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: act(() => openReader(s.id, null)) }, 'Read the release')));
  }

  /** The releases behind a fact: title, date, method, confidence, quote, and a link to the text. */
  function sourceList(sources, compact) {
    if (!sources || !sources.length) return h('p', { class: 'muted' }, 'No source recorded.');
    return h('ul', { class: 'sources plain' + (compact ? ' compact' : '') }, sources.map((s) => h('li', { class: 'source' },
      h('a', { class: 'release-link', href: readerHref(s.id, s.quote), onclick: (ev) => { ev.preventDefault(); act(openReader)(s.id, s.quote); } },
        s.title || s.id),
      h('p', { class: 'source-meta' }, [s.date && h('time', { datetime: s.date }, s.date), s.method, confidenceText(s.confidence) && 'confidence ' + confidenceText(s.confidence)]
        .filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
      s.quote ? h('blockquote', { class: 'quote' }, s.quote) : null)));
  }

  // ---------------------------------------------------------------------------
  // Release reader: the text, with the quote marked (text nodes and <mark>, never HTML)
  // ---------------------------------------------------------------------------

  function readerHref(id, quote) {
    const p = viewParams();
    p.set('release', id);
    if (quote) p.set('quote', quote); else p.delete('quote');
    return '#' + p.toString();
  }

  async function openReader(id, quote) {
    state.release = { id, quote: quote || null };
    const dialog = $('reader');
    $('reader-title').textContent = 'Loading the release…';
    clear($('reader-body'));
    if (!dialog.open) dialog.showModal();
    replaceUrl();
    let r;
    try {
      r = await release(id);
    } catch (e) {
      $('reader-title').textContent = 'Release ' + id;
      $('reader-body').appendChild(h('p', { class: 'error-inline', role: 'alert' }, e.message));
      return;
    }
    if (!state.release || state.release.id !== id) return;
    renderRelease(r, quote);
  }

  function renderRelease(r, quote) {
    const rel = r.release;
    $('reader-title').textContent = rel.title || rel.id;
    const body = clear($('reader-body'));
    const src = rel.source && /^https?:\/\//i.test(rel.source)
      ? h('a', { href: rel.source, rel: 'noopener noreferrer', target: '_blank' }, rel.source) : rel.source;
    body.appendChild(h('dl', { class: 'fields' }, field('Published', rel.publishedOn), field('Language', rel.language),
      field('Source', src), field('Method', rel.method), field('Id', rel.id)));
    const text = r.text || '';
    const range = quote ? findQuote(r, quote) : null;
    if (quote && !range) {
      body.appendChild(h('div', { class: 'quote-missing' }, h('p', null, 'The quote, as recorded for this fact:'),
        h('blockquote', { class: 'quote' }, h('mark', null, quote)),
        h('p', { class: 'muted' }, 'It does not appear word for word in the stored text below (for instance when the text is a curated summary).')));
    }
    const textBox = h('div', { class: 'release-text', lang: rel.language || null });
    appendMarked(textBox, text, range);
    body.appendChild(h('h3', null, 'Text'));
    body.appendChild(textBox);
    if (r.facts && r.facts.length) {
      body.appendChild(h('details', { class: 'release-facts' }, h('summary', null, 'Facts this release states (' + r.facts.length + ')'),
        h('ul', { class: 'plain' }, r.facts.map((f) => h('li', null,
          h('strong', null, (f.subject && f.subject.name) || ''), ' ' + relation(f.relation).verb + ' ', h('strong', null, (f.object && f.object.name) || ''),
          f.quote ? h('blockquote', { class: 'quote' }, f.quote) : null)))));
    }
    const mark = textBox.querySelector('mark');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  /** Where the quote is in the text: the offsets the release recorded, else a search. */
  function findQuote(r, quote) {
    const text = r.text || '';
    for (const f of r.facts || []) {
      if (f.quote === quote && f.start >= 0 && f.end > f.start && f.end <= text.length) return [f.start, f.end];
    }
    const at = text.indexOf(quote);
    if (at >= 0) return [at, at + quote.length];
    const lower = text.toLowerCase().indexOf(quote.toLowerCase());
    if (lower >= 0) return [lower, lower + quote.length];
    return null;
  }

  /** Paragraphs of text, with [start, end) wrapped in <mark>; built from text nodes only. */
  function appendMarked(box, text, range) {
    let offset = 0;
    for (const para of text.split(/\n{2,}/)) {
      const start = text.indexOf(para, offset);
      const end = start + para.length;
      offset = end;
      const p = h('p');
      if (range && range[0] < end && range[1] > start) {
        const a = Math.max(range[0], start) - start;
        const b = Math.min(range[1], end) - start;
        append(p, [para.slice(0, a), h('mark', null, para.slice(a, b)), para.slice(b)]);
      } else {
        p.textContent = para;
      }
      box.appendChild(p);
    }
  }

  function closeReader() {
    state.release = null;
    if ($('reader').open) $('reader').close();
    replaceUrl();
  }

  // ---------------------------------------------------------------------------
  // Search: a combobox with suggestions (names and aliases, English or French)
  // ---------------------------------------------------------------------------

  function setCombo(input, ref) {
    input.value = ref ? ref.name || ref.id : '';
    input.dataset.id = ref ? ref.id : '';
  }

  /** Wires an input and its listbox; onPick(hit) runs when a suggestion is chosen. */
  function combobox(input, list, onPick) {
    let hits = [];
    let active = -1;
    let timer = 0;
    let ctrl = null;
    let pending = null;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const message = (text) => {
      clear(list).appendChild(h('li', { class: 'message', role: 'presentation' }, text));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    };
    const highlight = (i) => {
      active = i;
      list.querySelectorAll('[role=option]').forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
      const li = list.querySelector('#' + list.id + '-' + i);
      if (li) {
        input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      }
    };
    const pick = (hit) => {
      if (!hit) return;
      setCombo(input, hit);
      close();
      onPick(hit);
    };
    const render = (q) => {
      clear(list);
      if (!hits.length) return message('No entity matches "' + q + '"');
      hits.forEach((hit, i) => {
        const f = fold(q);
        const alias = !fold(hit.name).includes(f) ? (hit.aliases || []).find((a) => fold(a).includes(f)) : null;
        list.appendChild(h('li', { id: list.id + '-' + i, role: 'option', 'aria-selected': 'false', class: 'option', onclick: () => pick(hit) },
          swatch(hit.type), h('span', { class: 'option-name' }, hit.name || hit.id),
          alias ? h('span', { class: 'option-alias' }, alias) : null, h('span', { class: 'option-type' }, hit.type || '')));
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    };
    const query = () => {
      const q = input.value.trim();
      clearTimeout(timer);
      if (q.length < 2) {
        hits = [];
        close();
        return Promise.resolve();
      }
      if (ctrl) ctrl.abort();
      ctrl = new AbortController();
      message('Searching…');
      pending = api('/api/search?q=' + enc(q) + '&limit=8', ctrl.signal).then((r) => {
        hits = r.results;
        render(q);
      }).catch((e) => {
        if (e.name === 'AbortError') return;
        message(e.message);
        if (e.status === 401 || e.status === 403) showError(e);
      });
      return pending;
    };

    input.addEventListener('input', () => {
      input.dataset.id = '';
      hits = [];
      clearTimeout(timer);
      timer = setTimeout(query, 160);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (list.hidden && hits.length) render(input.value.trim());
        if (!hits.length) return;
        highlight(e.key === 'ArrowDown' ? (active + 1) % hits.length : (active - 1 + hits.length) % hits.length);
      } else if (e.key === 'Enter') {
        if (input.dataset.id && list.hidden) return; // already chosen: let the form submit
        e.preventDefault();
        if (active >= 0 && hits[active]) return pick(hits[active]);
        const run = hits.length ? Promise.resolve() : query();
        run.then(() => { if (hits.length) pick(hits[0]); });
      } else if (e.key === 'Escape') {
        if (!list.hidden) {
          e.preventDefault();
          close();
        }
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 120));
    input.addEventListener('focus', () => { if (hits.length && !input.dataset.id) render(input.value.trim()); });
    list.addEventListener('mousedown', (e) => e.preventDefault()); // keeps focus in the input while clicking
  }

  // ---------------------------------------------------------------------------
  // Keyboard: move between nodes with the arrows, act on the selected one
  // ---------------------------------------------------------------------------

  function nearestNode(from, dir) {
    const p = from.position();
    let best = null;
    let bestScore = Infinity;
    shownNodes().forEach((n) => {
      if (n === from) return;
      const q = n.position();
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const along = dir === 'ArrowRight' ? dx : dir === 'ArrowLeft' ? -dx : dir === 'ArrowDown' ? dy : -dy;
      const across = dir === 'ArrowRight' || dir === 'ArrowLeft' ? Math.abs(dy) : Math.abs(dx);
      if (along <= 1) return;
      const score = along + across * 2;
      if (score < bestScore) {
        best = n;
        bestScore = score;
      }
    });
    return best;
  }

  function onGraphKey(e) {
    if (e.altKey || e.metaKey || (e.ctrlKey && e.key !== 'z')) return;
    const sel = state.selected ? cy.getElementById(state.selected) : cy.collection();
    const node = sel.nonempty() && sel.isNode() ? sel : null;
    const k = e.key;
    if (k.startsWith('Arrow')) {
      e.preventDefault();
      const from = node || cy.getElementById(state.focus);
      if (from.empty()) return;
      const next = node ? nearestNode(from, k) : from;
      if (next) act(select)(next.id(), { center: !isOnScreen(next) });
    } else if (k === 'Enter' && node) {
      e.preventDefault();
      if (node.hasClass('group')) act(expandGroup)(node.id()); else act(expand)(node.id());
    } else if ((k === 'h' || k === 'Delete') && node) {
      act(hide)(node.id());
    } else if (k === 'p' && node) {
      act(togglePin)(node.id());
    } else if (k === 'u' || (e.ctrlKey && k === 'z')) {
      e.preventDefault();
      act(undo)();
    } else if (k === 'f') {
      fitView(!reducedMotion());
    } else if (k === '+' || k === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (k === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (k === 'Escape') {
      act(select)(null);
    }
  }

  function isOnScreen(n) {
    const p = n.renderedPosition();
    return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
  }

  // ---------------------------------------------------------------------------
  // Share and export: the URL keeps the view; PNG and GraphML of what is visible
  // ---------------------------------------------------------------------------

  function viewParams() {
    const p = new URLSearchParams();
    if (state.mode === 'entity') p.set('entity', state.focus);
    if (state.mode === 'trace') p.set('paths', state.focus + ',' + state.target);
    if (state.mode === 'reach') p.set('reach', state.focus);
    const extra = state.expanded.filter((id) => id !== state.focus || state.mode !== 'entity');
    if (extra.length) p.set('expand', extra.join(','));
    if (state.groups.length) p.set('groups', state.groups.join(','));
    if (state.hidden.size) p.set('hide', [...state.hidden].join(','));
    if (state.pinned.size) p.set('pin', [...state.pinned].join(','));
    if (state.noTypes.size) p.set('notypes', [...state.noTypes].join(','));
    if (state.noRelations.size) p.set('norelations', [...state.noRelations].join(','));
    if (state.from !== null) p.set('from', String(state.from));
    if (state.to !== null) p.set('to', String(state.to));
    if (state.sources) p.set('sources', '1');
    if (state.selected) p.set('select', state.selected);
    if (state.release) {
      p.set('release', state.release.id);
      if (state.release.quote) p.set('quote', state.release.quote);
    }
    return p;
  }

  function urlForView() {
    const q = viewParams().toString();
    return location.pathname + location.search + (q ? '#' + q : '');
  }

  function pushUrl() {
    if (restoring) return;
    const url = urlForView();
    if (url !== location.pathname + location.search + location.hash) history.pushState(null, '', url);
  }

  function replaceUrl() {
    if (restoring) return;
    history.replaceState(null, '', urlForView());
  }

  const list = (p, name) => (p.get(name) || '').split(',').filter(Boolean);

  function yearParam(p, name) {
    const v = Number(p.get(name));
    return p.get(name) && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX ? v : null;
  }

  /** Rebuilds the view the URL describes: the view, then expansions, filters, pins, selection. */
  async function restoreFromUrl() {
    const p = new URLSearchParams(location.hash.slice(1));
    restoring = true;
    try {
      state.noTypes = new Set(list(p, 'notypes'));
      state.noRelations = new Set(list(p, 'norelations'));
      state.from = yearParam(p, 'from');
      state.to = yearParam(p, 'to');
      if (state.from !== null && state.to !== null && state.from > state.to) state.to = state.from;
      state.sources = p.get('sources') === '1';
      syncControls();
      if (p.get('entity')) await openEntity(p.get('entity'), { push: false, select: false });
      else if (p.get('paths')) await tracePaths(list(p, 'paths')[0], list(p, 'paths')[1], { push: false });
      else if (p.get('reach')) await traceReach(p.get('reach'), { push: false });
      else {
        resetView('none');
        applyFilters();
        if (state.release && $('reader').open) $('reader').close();
        state.release = null;
        return;
      }
      const gen = generation;
      for (const id of list(p, 'expand')) {
        if (gen !== generation) return;
        if (cy.getElementById(id).nonempty()) await expand(id);
      }
      for (const g of list(p, 'groups')) {
        const [hub, rel] = g.split('|');
        const node = cy.nodes('.group').filter((n) => n.data('hub') === hub && n.data('relation') === rel).first();
        if (node.nonempty()) await expandGroup(node.id());
      }
      list(p, 'pin').forEach((id) => { if (cy.getElementById(id).nonempty()) state.pinned.add(id); });
      list(p, 'hide').forEach((id) => { if (cy.getElementById(id).nonempty()) state.hidden.add(id); });
      afterChange({ layout: false });
      const sel = p.get('select');
      if (sel && cy.getElementById(sel).nonempty()) await select(sel, { quiet: true });
      else await select(state.mode === 'entity' ? state.focus : null, { quiet: true });
      if (p.get('release')) await openReader(p.get('release'), p.get('quote'));
      else if ($('reader').open) closeReader();
    } finally {
      restoring = false;
    }
    replaceUrl();
  }

  async function copyLink() {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      status('Link copied: it reopens this view');
    } catch (e) {
      window.prompt('Copy this link; it reopens this view:', url);
    }
  }

  function fileName(ext) {
    const base = state.mode === 'trace' ? 'paths-' + state.focus + '-' + state.target
      : state.mode === 'reach' ? 'reach-' + state.focus : state.focus || 'view';
    return 'coopgraph-' + base.replace(/[^\w.-]+/g, '_') + '.' + ext;
  }

  function download(blob, name) {
    const a = h('a', { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  function exportPng() {
    if (shownElements().empty()) throw new ApiError('Nothing to export', 'open an entity first');
    const blob = cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 });
    download(blob, fileName('png'));
    status('Exported ' + fileName('png'));
  }

  /** GraphML of the visible entities and facts, built here from the elements in view. */
  function graphml() {
    const x = (s) => String(s === null || s === undefined ? '' : s)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
    const nodes = shownNodes().not('.group, .release');
    const ids = new Set(nodes.map((n) => n.id()));
    const edges = shownEdges().not('.group-edge, .source-edge').filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()));
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
    const keys = [['label', 'node', 'name'], ['type', 'node', 'type'], ['kind', 'node', 'kind'], ['country', 'node', 'country'],
      ['relation', 'edge', 'relation'], ['properties', 'edge', 'properties'], ['since', 'edge', 'since'], ['until', 'edge', 'until'],
      ['confidence', 'edge', 'confidence'], ['sources', 'edge', 'sources']];
    for (const [id, forWhat, name] of keys) {
      out.push('  <key id="' + forWhat[0] + '_' + id + '" for="' + forWhat + '" attr.name="' + name + '" attr.type="'
        + (id === 'confidence' ? 'double' : 'string') + '"/>');
    }
    out.push('  <graph id="' + x(fileName('graphml').replace(/\.graphml$/, '')) + '" edgedefault="directed">');
    nodes.forEach((n) => {
      const d = n.data();
      out.push('    <node id="' + x(d.id) + '">');
      for (const k of ['label', 'type', 'kind', 'country']) {
        if (d[k]) out.push('      <data key="n_' + k + '">' + x(d[k]) + '</data>');
      }
      out.push('    </node>');
    });
    edges.forEach((e) => {
      const d = e.data();
      out.push('    <edge id="' + x(d.id) + '" source="' + x(d.source) + '" target="' + x(d.target) + '">');
      out.push('      <data key="e_relation">' + x(d.relation) + '</data>');
      if (d.properties && Object.keys(d.properties).length) out.push('      <data key="e_properties">' + x(JSON.stringify(d.properties)) + '</data>');
      if (d.since) out.push('      <data key="e_since">' + x(d.since) + '</data>');
      if (d.until) out.push('      <data key="e_until">' + x(d.until) + '</data>');
      if (d.confidence !== null && d.confidence !== undefined) out.push('      <data key="e_confidence">' + x(d.confidence) + '</data>');
      if (d.sources && d.sources.length) {
        out.push('      <data key="e_sources">' + x(d.sources.map((s) => s.id + (s.date ? ' (' + s.date + ')' : '')).join('; ')) + '</data>');
      }
      out.push('    </edge>');
    });
    out.push('  </graph>', '</graphml>', '');
    return out.join('\n');
  }

  function exportGraphml() {
    if (shownNodes().empty()) throw new ApiError('Nothing to export', 'open an entity first');
    download(new Blob([graphml()], { type: 'application/graphml+xml' }), fileName('graphml'));
    status('Exported ' + fileName('graphml'));
  }

  // ---------------------------------------------------------------------------
  // Start: wire the controls, then show what the URL asks for
  // ---------------------------------------------------------------------------

  function wire() {
    combobox($('search'), $('search-list'), (hit) => act(openEntity)(hit.id));
    combobox($('trace-from'), $('trace-from-list'), () => {});
    combobox($('trace-to'), $('trace-to-list'), () => {});
    $('trace-form').addEventListener('submit', (e) => {
      e.preventDefault();
      act(tracePaths)($('trace-from').dataset.id, $('trace-to').dataset.id);
    });
    $('btn-reach').addEventListener('click', act(() => traceReach($('trace-from').dataset.id)));
    $('btn-undo').addEventListener('click', act(undo));
    $('btn-fit').addEventListener('click', () => fitView(!reducedMotion()));
    $('btn-layout').addEventListener('click', act(layout));
    $('btn-share').addEventListener('click', act(copyLink));
    $('btn-png').addEventListener('click', act(exportPng));
    $('btn-graphml').addEventListener('click', act(exportGraphml));
    $('error-close').addEventListener('click', hideError);
    $('token-form').addEventListener('submit', useToken);
    $('unhide-all').addEventListener('click', act(() => unhide(null)));
    $('reader-close').addEventListener('click', closeReader);
    $('reader').addEventListener('close', () => {
      if (state.release) {
        state.release = null;
        replaceUrl();
      }
    });
    $('reader').addEventListener('click', (e) => { if (e.target === $('reader')) closeReader(); });
    document.querySelectorAll('[data-open]').forEach((b) => b.addEventListener('click', act(() => openEntity(b.dataset.open))));
    $('graph').addEventListener('keydown', onGraphKey);
    document.addEventListener('keydown', (e) => {
      const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        $('search').focus();
      }
    });
    window.addEventListener('popstate', act(restoreFromUrl));
  }

  function start() {
    if (typeof window.cytoscape !== 'function') {
      showError(new ApiError('The graph library did not load', 'Cytoscape.js is served from /webjars/; check that the server runs the full build'));
      return;
    }
    initGraph();
    buildFilters();
    wire();
    syncControls();
    act(restoreFromUrl)();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
