// The browser search engine: opens a static index exported by IprArchive.Search and answers
// queries with Lucene.Net's BM25 ranking, fetching only the shards a query needs.
//   const index = await openIndex('/search/');
//   const { total, hits, facets } = await index.search('patent "five-year plan"', { filters: { year: ['2021'] } });
// Format: docs/search-format.md. Plain ES module, no dependencies; runs in browsers and Node ≥ 20.
import { parseQuery } from './query-parser.js';
import { clauseLimitMessage } from './query-repair.js';
import { buildQuery } from './query-builder.js';
import { TermDictionary } from './shards.js';
import { fetchBytes } from './fetch-gzip.js';
import { ColumnStore } from './columns.js';
import { compileFilter, countFacets, needsFacetPages } from './facets.js';
import { evaluate } from './evaluate.js';
import { snippet } from './highlight.js';
import { QUOTE_TYPE, RECORD_TYPE, acceptedTypes, withoutType } from './scope.js';

const FORMAT_VERSION = 2;
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
 * @typedef {{ matches: [number, number][], quotations: number, highlight: { terms: Set<string>, prefixes: string[] }, understood?: string }} Matched
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
 * @property {string} [error] friendly message for a malformed query
 * @property {string} [understood] the query as searched, when a quotation or parenthesis was closed for the user
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
    this.columns = new ColumnStore(manifest.columns, manifest.docCount, (path) => fetchBytes(fetchFn, resolve(path)));
    /** @type {{ key: string, matched: { error: SearchResult } | Matched } | null} */ this.lastMatch = null;
    /** @type {Map<number, Promise<any>>} */ this.documents = new Map();
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
    const { quotations, highlight, understood } = matched;
    const matches = [...matched.matches].sort(sort === 'date' ? (a, b) => b[0] - a[0] : (a, b) => b[1] - a[1] || a[0] - b[0]);
    const start = (Math.max(1, page) - 1) * pageSize;
    const hits = await Promise.all(matches.slice(start, start + pageSize).map(([doc, score]) => this.hit(doc, score, highlight)));
    /** @type {SearchResult} */
    const result = { total: matches.length, hits, quotations };
    if (facets) result.facets = await this.countFacets(matches);
    if (understood !== undefined) result.understood = understood;
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
    return 'error' in matched ? matched.error.facets ?? emptyFacets(this.manifest.facets) : this.countFacets(matched.matches);
  }

  /** @param {[number, number][]} matches */
  async countFacets(matches) {
    const docs = matches.map(([doc]) => doc);
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
    const failed = (/** @type {string} */ error) => ({ error: { total: 0, hits: [], facets: emptyFacets(this.manifest.facets), quotations: 0, error } });
    if (!parsed.ok) return failed(parsed.message);
    const tree = buildQuery(parsed.query, { fields: this.fieldConfig });
    const tooMany = clauseLimitMessage(tree);
    if (tooMany) return failed(tooMany);
    const highlight = { terms: new Set(), prefixes: [] };
    const context = {
      dictionary: this.dictionary, docCount: this.manifest.docCount, fieldIndex: this.fieldIndex,
      fields: this.manifest.fields, highlight: highlight.terms, prefixes: highlight.prefixes,
    };
    const [scores, [lo, hi]] = await Promise.all([evaluate(tree, context), this.columns.docRange(from, to)]);
    let matching = [...scores].filter(([doc]) => doc >= lo && doc < hi);
    const facetFilters = withoutType(filters);
    await this.columns.loadTypes(matching.map(([doc]) => doc));
    if (needsFacetPages(facetFilters)) await this.columns.loadFacets(matching.map(([doc]) => doc));
    const accepts = compileFilter(this.columns, facetFilters);
    matching = matching.filter(([doc]) => accepts(doc));
    const types = acceptedTypes(filters, tree);
    const matches = types ? matching.filter(([doc]) => types.has(this.columns.typeOf(doc))) : matching;
    const quotations = matching.reduce((n, [doc]) => n + (this.columns.isQuote(doc) ? 1 : 0), 0);
    return { matches, quotations, highlight, understood: parsed.understood };
  }

  /**
   * @param {number} doc @param {number} score
   * @param {{ terms: Set<string>, prefixes: string[] }} highlight
   */
  async hit(doc, score, highlight) {
    const data = await this.document(doc);
    const best = snippet(data.paragraphs, highlight.terms, { prefixes: highlight.prefixes });
    const type = data.type ?? RECORD_TYPE;
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

/** @param {string[]} facets */
function emptyFacets(facets) {
  return Object.fromEntries(facets.map((f) => [f, {}]));
}
