// The browser search engine: opens a static index exported by IprArchive.Search and answers
// queries with Lucene.Net's BM25 ranking, fetching only the shards a query needs.
//   const index = await openIndex('/search/');
//   const { total, hits, facets } = await index.search('patent "five-year plan"', { filters: { year: ['2021'] } });
// Format: docs/search-format.md. Plain ES module, no dependencies; runs in browsers and Node ≥ 18 (Debian 12 ships 18; tests/run.sh runs the tests on it).
import { parseQuery } from './query-parser.js';
import { clauseLimitMessage } from './query-repair.js';
import { buildQuery } from './query-builder.js';
import { TermDictionary } from './shards.js';
import { fetchBytes } from './fetch-gzip.js';
import { ColumnStore } from './columns.js';
import { compileFilter, countFacets, facetDeclarations, needsFacetPages } from './facets.js';
import { evaluateDocs } from './evaluate.js';
import { prepareAnalysis } from './analysis.js';
import { countTimeline } from './timeline.js';
import { aliasKeys, aliasNotes, mayBeAlias } from './aliases.js';
import { QUOTATION_MAX_CHARS, phraseTermsOf, snippet } from './highlight.js';
import { QUOTE_TYPE, RECORD_TYPE, acceptedTypes, withoutType } from './scope.js';

const FORMAT_VERSION = 3;
const utf8 = new TextDecoder('utf-8');

/**
 * @typedef {object} SearchOptions
 * @property {Record<string, string[]>} [filters] facet → accepted values (OR within a facet, AND across);
 *   `type: ['quote']` shows quotations only (see scope.js: records only by default)
 * @property {string} [from] ISO date, inclusive
 * @property {string} [to] ISO date, inclusive
 * @property {'relevance' | 'date'} [sort] relevance (default) or newest first
 * @property {number} [page] 1-based
 * @property {number} [pageSize] default 10
 * @property {boolean} [facets] count facets (default true); false gives the hits sooner, and
 *   `index.facets(query, options)` the counts after
 *
 * @typedef {{ docs: Int32Array, scores: Float32Array, quotations: number, highlight: { terms: Set<string>, prefixes: string[], phraseTerms: Set<string> }, understood?: string, keys: import('./aliases.js').AliasKey[] }} Matched
 *   the accepted matches, doc ids ascending
 *
 * @typedef {object} SearchHit
 * @property {string} url
 * @property {string} title
 * @property {string} date
 * @property {string[]} speakers
 * @property {number} score
 * @property {string} snippet escaped HTML with <mark>
 * @property {string} anchor "#p-N" of the paragraph the snippet comes from, "#q-N" when the marked
 *   words are all inside a quotation ("" when none, and for a quotation, whose url has its "#q-N")
 * @property {string} type "announcement", or "quote" for a quotation (url: the record's + "#q-N")
 * @property {string} [credit] a quotation's speaker's role and organisation at the time
 * @property {string} [event] a quotation's event
 *
 * @typedef {object} SearchResult
 * @property {number} total
 * @property {SearchHit[]} hits
 * @property {Record<string, Record<string, number>>} [facets] value → count over the whole result set (absent with `facets: false`)
 * @property {number} quotations how many quotations match the query, filters and dates, shown or not
 * @property {Record<string, number>} timeline matches per year, every year of the archive (zeros too), oldest first; {} for an error
 * @property {string} [error] friendly message for a malformed query
 * @property {string} [understood] the query as searched, when a quotation or parenthesis was closed for the user
 * @property {import('./aliases.js').NameAlias[]} [aliases] query words that are another name of a speaker or organisation found ("SIPO": former name of "CNIPA"), when there are hits
 */

/**
 * Opens the index whose manifest.json is at `baseUrl`.
 * @param {string} baseUrl e.g. "/search/" (a trailing slash is added if missing)
 * @param {{ fetch?: typeof fetch }} [options] a fetch to use (tests pass a file-system one)
 */
export async function openIndex(baseUrl, { fetch: fetchFn = globalThis.fetch.bind(globalThis) } = {}) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const manifest = JSON.parse(utf8.decode(await fetchBytes(fetchFn, `${base}manifest.json`)));
  if (manifest.version !== FORMAT_VERSION) throw new Error(`search index: format ${manifest.version}, expected ${FORMAT_VERSION}`);
  return new SearchIndex(manifest, (path) => base + path, fetchFn);
}

/** An opened index. Shards fetched once stay in memory for later queries. */
export class SearchIndex {
  /** @param {any} manifest @param {(path: string) => string} resolve @param {typeof fetch} fetchFn */
  constructor(manifest, resolve, fetchFn) {
    this.manifest = manifest;
    this.resolve = resolve;
    this.fetchFn = fetchFn;
    this.dictionary = new TermDictionary(manifest, resolve, fetchFn);
    this.columns = new ColumnStore(manifest.columns, manifest.docCount, (path) => fetchBytes(fetchFn, resolve(path)), facetDeclarations(manifest));
    /** @type {{ key: string, matched: { error: SearchResult } | Matched } | null} */ this.lastMatch = null;
    /** @type {Map<number, Promise<any>>} */ this.documents = new Map();
    /** @type {Promise<import('./aliases.js').AliasTable> | undefined} */ this.aliasTable = undefined;
    /** The facets, their labels and columns, as the C# declared them (FacetCatalogue). */
    this.facetDeclarations = facetDeclarations(manifest);
    this.fieldIndex = new Map(manifest.fields.map((f, i) => [f.name, i]));
    this.fieldConfig = Object.fromEntries(manifest.fields.map((f) => [f.name, { boost: f.boost, analyzed: f.analyzed, default: f.default }]));
  }

  /**
   * @param {string} query
   * @param {SearchOptions} [options]
   * @returns {Promise<SearchResult>}
   */
  async search(query, options = {}) {
    const matched = await this.match(query, options);
    if ('error' in matched) return matched.error;
    const { sort = 'relevance', page = 1, pageSize = 10, facets = true } = options;
    const { docs, scores, quotations, highlight, understood, keys } = matched;
    const start = (Math.max(1, page) - 1) * pageSize;
    const shown = sort === 'date' ? newestFirst(docs, start, pageSize) : bestFirst(docs, scores, start, pageSize);
    const [hits, aliases] = await Promise.all([
      Promise.all(shown.map((i) => this.hit(docs[i], scores[i], highlight))),
      docs.length > 0 ? this.aliasNotes(keys) : [],
    ]);
    /** @type {SearchResult} */
    const result = { total: docs.length, hits, quotations, timeline: countTimeline(this.columns, docs) };
    if (facets) result.facets = await this.facetCounts(docs);
    if (understood !== undefined) result.understood = understood;
    if (aliases.length > 0) result.aliases = aliases;
    return result;
  }

  /**
   * Facet counts over every match of a query, as `search` gives them; for a page that shows its
   * first results before the facets (`search(q, { facets: false })`, then this). The matches of
   * the last query are kept, so asking for its facets evaluates nothing again.
   * @param {string} query @param {SearchOptions} [options]
   * @returns {Promise<Record<string, Record<string, number>>>}
   */
  async facets(query, options = {}) {
    const matched = await this.match(query, options);
    return 'error' in matched ? matched.error.facets : this.facetCounts(matched.docs);
  }

  /**
   * Notes for the query's speaker and organisation terms that are another name; the table is
   * fetched once, and only when one of the terms passes the manifest's filter of alias keys.
   * @param {import('./aliases.js').AliasKey[]} keys
   */
  async aliasNotes(keys) {
    const aliases = this.manifest.nameAliases;
    if (!aliases || keys.length === 0 || !mayBeAlias(keys, aliases.filter)) return [];
    if (!this.aliasTable) {
      this.aliasTable = fetchBytes(this.fetchFn, this.resolve(aliases.file)).then((bytes) => JSON.parse(utf8.decode(bytes)));
      this.aliasTable.catch(() => { this.aliasTable = undefined; });
    }
    return aliasNotes(keys, await this.aliasTable);
  }

  /** @param {Int32Array} docs */
  async facetCounts(docs) {
    await this.columns.loadFacets(docs);
    return countFacets(this.columns, this.manifest.facets, docs);
  }

  /**
   * Every document the query, filters and dates accept, with its score, and how many of them are
   * quotations. Fetches the term shards, then the column pages of the ranges holding hits only.
   * @param {string} query @param {SearchOptions} options
   * @returns {Promise<{ error: SearchResult } | Matched>}
   */
  async match(query, { filters = {}, from, to } = {}) {
    const key = JSON.stringify([query, filters, from, to]);
    if (this.lastMatch?.key === key) return this.lastMatch.matched;
    const matched = await this.evaluateMatches(query, filters, from, to);
    this.lastMatch = { key, matched };
    return matched;
  }

  /**
   * @param {string} query @param {Record<string, string[]>} filters @param {string} [from] @param {string} [to]
   * @returns {Promise<{ error: SearchResult } | Matched>}
   */
  async evaluateMatches(query, filters, from, to) {
    const parsed = parseQuery(query, { fields: this.manifest.fields.map((f) => f.name), aliases: this.manifest.aliases });
    const failed = (/** @type {string} */ error) => ({ error: { total: 0, hits: [], facets: emptyFacets(this.manifest.facets), quotations: 0, timeline: {}, error } });
    if (!parsed.ok) return failed(parsed.message);
    await prepareAnalysis([query]);
    const tree = buildQuery(parsed.query, { fields: this.fieldConfig });
    const tooMany = clauseLimitMessage(tree);
    if (tooMany) return failed(tooMany);
    const highlight = { terms: new Set(), prefixes: [], phraseTerms: phraseTermsOf(tree) };
    const context = {
      dictionary: this.dictionary, docCount: this.manifest.docCount, fieldIndex: this.fieldIndex,
      fields: this.manifest.fields, highlight: highlight.terms, prefixes: highlight.prefixes,
    };
    const [scored, [lo, hi]] = await Promise.all([evaluateDocs(tree, context), this.columns.docRange(from, to)]);
    const inRange = withinRange(scored, lo, hi);
    const facetFilters = withoutType(filters);
    await this.columns.loadTypes(inRange.docs);
    if (needsFacetPages(facetFilters)) await this.columns.loadFacets(inRange.docs);
    const accepts = compileFilter(this.columns, facetFilters);
    const types = acceptedTypes(filters, tree);
    const docs = new Int32Array(inRange.docs.length);
    const scores = new Float32Array(inRange.docs.length);
    let n = 0;
    let quotations = 0;
    for (let i = 0; i < inRange.docs.length; i++) {
      const doc = inRange.docs[i];
      if (!accepts(doc)) continue;
      const type = this.columns.typeOf(doc);
      if (type === QUOTE_TYPE) quotations++;
      if (types && !types.has(type)) continue;
      docs[n] = doc;
      scores[n++] = inRange.scores[i];
    }
    const matches = { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
    return { ...matches, quotations, highlight, understood: parsed.understood, keys: aliasKeys(tree) };
  }

  /**
   * @param {number} doc @param {number} score
   * @param {{ terms: Set<string>, prefixes: string[], phraseTerms: Set<string> }} highlight
   */
  async hit(doc, score, highlight) {
    const data = await this.document(doc);
    await prepareAnalysis(data.paragraphs);
    const type = data.type ?? RECORD_TYPE;
    const maxChars = type === QUOTE_TYPE ? QUOTATION_MAX_CHARS : undefined;
    const best = snippet(data.paragraphs, highlight.terms, { prefixes: highlight.prefixes, phraseTerms: highlight.phraseTerms, maxChars });
    /** @type {SearchHit} */
    const hit = {
      url: data.url, title: data.title, date: data.date, speakers: data.speakers, score,
      snippet: best.html, anchor: type === QUOTE_TYPE ? '' : anchorOf(data, best), type,
    };
    if (data.credit !== undefined) hit.credit = data.credit;
    if (data.event !== undefined) hit.event = data.event;
    return hit;
  }

  /** A document's result file (url, title, date, speakers, paragraphs), fetched once; after loadTypes. @param {number} doc */
  document(doc) {
    let pending = this.documents.get(doc);
    if (!pending) {
      const hash = this.columns.rangeHash(doc, this.manifest.documentRange);
      const path = this.manifest.documents.replace('{id}', String(doc)).replace('{hash}', hash);
      pending = fetchBytes(this.fetchFn, this.resolve(path)).then((bytes) => JSON.parse(utf8.decode(bytes)));
      pending.catch(() => this.documents.delete(doc));
      this.documents.set(doc, pending);
    }
    return pending;
  }
}

/**
 * Where a record's hit links to: the paragraph's anchor (p-N, or a block quotation's q-N), or an
 * inline quotation's q-N when every marked word is inside it.
 * @param {{ paragraphs: string[], anchors?: string[], quotes?: [number, number, number, string][] }} data
 * @param {import('./highlight.js').Snippet} best
 */
function anchorOf(data, best) {
  const at = best.paragraphIndex;
  if (at < 0) return '';
  const quoted = best.hitStart < 0 ? undefined
    : (data.quotes ?? []).find(([paragraph, start, end]) => paragraph === at && start <= best.hitStart && best.hitEnd <= end);
  return `#${quoted ? quoted[3] : data.anchors?.[at] ?? `p-${at + 1}`}`;
}

/**
 * The matches with doc ids in [lo, hi) (a date range: ids are in date order).
 * @param {import('./evaluate.js').Scored} scored @param {number} lo @param {number} hi
 */
function withinRange(scored, lo, hi) {
  const { docs, scores } = scored;
  let from = 0;
  while (from < docs.length && docs[from] < lo) from++;
  let to = from;
  while (to < docs.length && docs[to] < hi) to++;
  return { docs: docs.subarray(from, to), scores: scores.subarray(from, to) };
}

/** Indexes of the shown page of `docs` (ascending) sorted newest first: the highest ids. */
function newestFirst(docs, start, pageSize) {
  const shown = [];
  for (let i = docs.length - 1 - start; i >= 0 && shown.length < pageSize; i--) shown.push(i);
  return shown;
}

/**
 * Indexes of the shown page by relevance: score descending, then lower doc id first (Lucene's
 * TopDocs order), kept in a bounded selection rather than sorting every match.
 * @param {Int32Array} docs @param {Float32Array} scores @param {number} start @param {number} pageSize
 */
function bestFirst(docs, scores, start, pageSize) {
  const keep = start + pageSize;
  if (keep > 1000) {
    const order = Array.from(docs.keys()).sort((a, b) => scores[b] - scores[a] || docs[a] - docs[b]);
    return order.slice(start, keep);
  }
  const before = (/** @type {number} */ a, /** @type {number} */ b) => scores[a] > scores[b] || (scores[a] === scores[b] && docs[a] < docs[b]);
  /** @type {number[]} */ const top = [];
  for (let i = 0; i < docs.length; i++) {
    if (top.length === keep && !before(i, top[keep - 1])) continue;
    let at = top.length === keep ? keep - 1 : top.length;
    if (top.length < keep) top.push(i);
    while (at > 0 && before(i, top[at - 1])) { top[at] = top[at - 1]; at--; }
    top[at] = i;
  }
  return top.slice(start);
}

/** @param {string[]} facets */
function emptyFacets(facets) {
  return Object.fromEntries(facets.map((f) => [f, {}]));
}
