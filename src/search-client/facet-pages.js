// Facet pages decoded, facet filters and facet counts: loaded on demand (dynamic import() from
// columns.js and index.js) by the queries that filter on a facet or count facets, so the modules a
// search loads before its first results leave them out. Mirrors the C# SearchService: values of
// one facet OR-ed, facets AND-ed; counts most frequent first, ties by value.
import { ByteReader } from './varint.js';

/**
 * A predicate over doc ids for facet filters, once the store has the docs' pages loaded.
 * Unknown facet values match nothing, as in the C# service.
 * @param {import('./columns.js').ColumnStore} store
 * @param {Record<string, string[]>} [filters]
 * @returns {(doc: number) => boolean}
 */
export function compileFilter(store, filters = {}) {
  const active = Object.entries(filters).filter(([, wanted]) => wanted && wanted.length > 0)
    .map(([facet, wanted]) => /** @type {[string, Set<string>]} */ ([facet, new Set(wanted)]));
  return (doc) => active.every(([facet, wanted]) => store.facetValues(facet, doc).some((v) => wanted.has(v)));
}

/**
 * Value → count per facet over all `docs`, most frequent first, ties by value (UTF-16 order),
 * the same order the C# service writes.
 * @param {import('./columns.js').ColumnStore} store @param {string[]} facets @param {number[]} docs
 * @returns {Record<string, Record<string, number>>}
 */
export function countFacets(store, facets, docs) {
  /** @type {Record<string, Record<string, number>>} */ const result = {};
  for (const facet of facets) {
    const counts = new Map();
    for (const doc of docs) {
      for (const value of new Set(store.facetValues(facet, doc))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    result[facet] = Object.fromEntries(ordered);
  }
  return result;
}

/**
 * The page offsets of the documents an inherited facet lists, in order: the quotations before the
 * page's first record, then the records (the facet page names them by their ordinal in this list).
 * @param {number} first @param {number} count @param {ColumnStore} store @returns {Int32Array}
 */
function listedOffsets(first, count, store) {
  const offsets = new Int32Array(count);
  let n = 0;
  let seenRecord = false;
  for (let offset = 0; offset < count; offset++) {
    const quote = store.isQuote(first + offset);
    seenRecord ||= !quote;
    if (!quote || !seenRecord) offsets[n++] = offset;
  }
  return offsets.subarray(0, n);
}

/**
 * Stored inverted (per value, the ordinals of its docs among those the facet lists: every doc for
 * the speaker, records and the page's leading quotations for the others); turned into per-document
 * lists here. A
 * quotation after the page's first record copies its record's inherited values.
 * @param {Uint8Array} bytes @param {number} first @param {number} size @param {ColumnStore} store
 * @returns {FacetPage}
 */
export function decodeFacetPage(bytes, first, size, store) {
  const reader = new ByteReader(bytes);
  const count = Math.min(size, store.docCount - first);
  const listed = listedOffsets(first, count, store);
  /** @type {Record<string, number[][]>} */ const ids = {};
  for (const facet of store.facets.columns) {
    const perDoc = Array.from({ length: count }, () => /** @type {number[]} */ ([]));
    const offsets = store.facets.inherited.has(facet) ? listed : null;
    let id = 0;
    for (let values = reader.varint(); values > 0; values--) {
      id += reader.varint();
      let ordinal = 0;
      for (let n = reader.varint(); n > 0; n--) {
        ordinal += reader.varint();
        perDoc[offsets ? offsets[ordinal] : ordinal].push(id);
      }
    }
    ids[facet] = perDoc;
  }
  let record = -1;
  for (let offset = 0; offset < count; offset++) {
    if (!store.isQuote(first + offset)) record = offset;
    else if (record >= 0) for (const facet of store.facets.inherited) ids[facet][offset] = ids[facet][record];
  }
  return { first, ids };
}
