// The browser search engine: opens a static index exported by IprArchive.Search and answers
// queries with Lucene.Net's BM25 ranking, fetching only the shards a query needs.
//   const index = await openIndex('/search/');
//   const { total, hits, facets } = await index.search('patent "five-year plan"', { filters: { year: ['2021'] } });
// Format: docs/search-format.md. Plain ES module, no dependencies; runs in browsers and Node ≥ 18 (Debian 12 ships 18; tests/run.sh runs the tests on it).
import { parseQuery } from './query-parser.js';
import { buildQuery } from './query-builder.js';
import { TermDictionary } from './shards.js';
import { fetchBytes } from './fetch-gzip.js';
import { decodeColumns, compileFilter, countFacets } from './facets.js';
import { evaluate } from './evaluate.js';
import { snippet } from './highlight.js';
import { QUOTE_TYPE, RECORD_TYPE, acceptedTypes, withoutType } from './scope.js';

const FORMAT_VERSION = 1;
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
 * @property {Record<string, Record<string, number>>} facets value → count over the whole result set
 * @property {number} quotations how many quotations match the query, filters and dates, shown or not
 * @property {string} [error] friendly message for a malformed query
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
    /** @type {Promise<import('./facets.js').Columns> | null} */ this.columns = null;
    /** @type {Map<number, Promise<any>>} */ this.documents = new Map();
    this.fieldIndex = new Map(manifest.fields.map((f, i) => [f.name, i]));
    this.fieldConfig = Object.fromEntries(manifest.fields.map((f) => [f.name, { boost: f.boost, analyzed: f.analyzed, default: f.default }]));
  }

  /**
   * @param {string} query
   * @param {SearchOptions} [options]
   * @returns {Promise<SearchResult>}
   */
  async search(query, { filters = {}, from, to, sort = 'relevance', page = 1, pageSize = 10 } = {}) {
    const parsed = parseQuery(query, { fields: this.manifest.fields.map((f) => f.name), aliases: this.manifest.aliases });
    const columnsPending = this.loadColumns();
    if (!parsed.ok) return { total: 0, hits: [], facets: emptyFacets(this.manifest.facets), quotations: 0, error: parsed.message };
    const tree = buildQuery(parsed.query, { fields: this.fieldConfig });
    const highlight = { terms: new Set(), prefixes: [] };
    const context = {
      dictionary: this.dictionary, docCount: this.manifest.docCount, fieldIndex: this.fieldIndex,
      fields: this.manifest.fields, highlight: highlight.terms, prefixes: highlight.prefixes,
    };
    const [scores, columns] = await Promise.all([evaluate(tree, context), columnsPending]);
    const accepts = compileFilter(columns, withoutType(filters), from, to);
    const matching = [...scores].filter(([doc]) => accepts(doc));
    const types = acceptedTypes(filters, tree);
    const matches = types ? matching.filter(([doc]) => types.has(columns.types[doc])) : matching;
    const quotations = matching.reduce((n, [doc]) => n + (columns.types[doc] === QUOTE_TYPE ? 1 : 0), 0);
    matches.sort(sort === 'date' ? (a, b) => b[0] - a[0] : (a, b) => b[1] - a[1] || a[0] - b[0]);
    const start = (Math.max(1, page) - 1) * pageSize;
    const hits = await Promise.all(matches.slice(start, start + pageSize)
      .map(([doc, score]) => this.hit(doc, score, columns, highlight)));
    return { total: matches.length, hits, facets: countFacets(columns, this.manifest.facets, matches.map(([doc]) => doc)), quotations };
  }

  /** @returns {Promise<import('./facets.js').Columns>} */
  loadColumns() {
    if (!this.columns) {
      this.columns = fetchBytes(this.fetchFn, this.resolve(this.manifest.columns)).then(decodeColumns);
      this.columns.catch(() => { this.columns = null; });
    }
    return this.columns;
  }

  /**
   * @param {number} doc @param {number} score @param {import('./facets.js').Columns} columns
   * @param {{ terms: Set<string>, prefixes: string[] }} highlight
   */
  async hit(doc, score, columns, highlight) {
    const data = await this.document(doc, columns);
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

  /** A document's result file (url, title, date, speakers, paragraphs), fetched once. */
  document(doc, columns) {
    let pending = this.documents.get(doc);
    if (!pending) {
      const hash = columns.rangeHashes[Math.floor(doc / this.manifest.documentRange)];
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
