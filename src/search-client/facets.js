// Per-document columns (dates, facet value ids, result-file hashes) that every query needs for
// filters, date ranges, date sort and facet counts. See docs/search-format.md.
import { ByteReader } from './varint.js';
import { QUOTE_TYPE, RECORD_TYPE, TYPE_FIELD } from './scope.js';

/** Facets stored as value-id columns, in file order; "year" is derived from the date. */
const COLUMN_FACETS = ['speaker', 'organization', 'plan', 'topic', 'language'];
/** Facets a quotation's document shares with its record (only the speaker is its own). */
const INHERITED_FACETS = ['organization', 'plan', 'topic', 'language'];
const DAY_MS = 86_400_000;

/**
 * @typedef {object} Columns
 * @property {number} docCount
 * @property {string[]} dates ISO date per doc ("2021-11-01")
 * @property {Record<string, string[]>} values facet → value table
 * @property {Record<string, number[][]>} docValues facet → per doc, value ids
 * @property {string[]} rangeHashes per range of manifest.documentRange doc ids, the hex hash naming its result-file folder
 * @property {string[]} types per doc, "announcement" or "quote" (a quotation's sub-document)
 */

/** @param {Uint8Array} bytes @returns {Columns} */
export function decodeColumns(bytes) {
  const reader = new ByteReader(bytes);
  const docCount = reader.varint();
  /** @type {Record<string, string[]>} */ const values = {};
  for (const facet of COLUMN_FACETS) values[facet] = Array.from({ length: reader.varint() }, () => reader.string());
  const dates = new Array(docCount);
  let day = 0;
  for (let doc = 0; doc < docCount; doc++) {
    day += reader.varint();
    dates[doc] = new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  /** @type {Record<string, number[][]>} */ const docValues = {};
  for (const facet of COLUMN_FACETS) {
    // Stored inverted (per value, its doc ids as deltas); turned into per-document lists here.
    const perDoc = Array.from({ length: docCount }, () => []);
    values[facet].forEach((_, id) => {
      let doc = 0;
      for (let n = reader.varint(); n > 0; n--) perDoc[(doc += reader.varint())].push(id);
    });
    docValues[facet] = perDoc;
  }
  const rangeHashes = Array.from({ length: reader.varint() }, () => [...reader.take(4)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  const types = decodeTypes(reader, docCount);
  // A quotation's lists leave out what it shares with its record, the nearest record before it.
  let record = -1;
  for (let doc = 0; doc < docCount; doc++) {
    if (types[doc] !== QUOTE_TYPE) record = doc;
    else if (record >= 0) for (const facet of INHERITED_FACETS) docValues[facet][doc] = docValues[facet][record];
  }
  return { docCount, dates, values, docValues, rangeHashes, types };
}

/**
 * Each document's type: "announcement" unless the section after the hashes (absent in exports
 * without quotations' documents) lists it under another type, as [name, count, doc deltas].
 * @param {ByteReader} reader @param {number} docCount @returns {string[]}
 */
function decodeTypes(reader, docCount) {
  const types = new Array(docCount).fill(RECORD_TYPE);
  if (reader.offset >= reader.bytes.length) return types;
  for (let t = reader.varint(); t > 0; t--) {
    const type = reader.string();
    let doc = 0;
    for (let n = reader.varint(); n > 0; n--) types[(doc += reader.varint())] = type;
  }
  return types;
}

/**
 * Facet values of one document.
 * @param {Columns} columns @param {string} facet @param {number} doc @returns {string[]}
 */
export function facetValues(columns, facet, doc) {
  if (facet === 'year') return [columns.dates[doc].slice(0, 4)];
  if (facet === TYPE_FIELD) return [columns.types[doc]];
  const ids = columns.docValues[facet]?.[doc] ?? [];
  return ids.map((id) => columns.values[facet][id]);
}

/**
 * A predicate over doc ids for filters (values of one facet OR-ed, facets AND-ed) and a date range.
 * Unknown facet values match nothing, as in the C# service.
 * @param {Columns} columns
 * @param {Record<string, string[]>} [filters]
 * @param {string} [from] ISO date, inclusive
 * @param {string} [to] ISO date, inclusive
 * @returns {(doc: number) => boolean}
 */
export function compileFilter(columns, filters = {}, from, to) {
  const active = Object.entries(filters).filter(([, wanted]) => wanted && wanted.length > 0)
    .map(([facet, wanted]) => [facet, new Set(wanted)]);
  return (doc) => {
    const date = columns.dates[doc];
    if (from && date < from) return false;
    if (to && date > to) return false;
    return active.every(([facet, wanted]) => facetValues(columns, facet, doc).some((v) => wanted.has(v)));
  };
}

/**
 * Value → count per facet over all `docs`, most frequent first, ties by value (UTF-16 order),
 * the same order the C# service writes.
 * @param {Columns} columns @param {string[]} facets @param {number[]} docs
 * @returns {Record<string, Record<string, number>>}
 */
export function countFacets(columns, facets, docs) {
  /** @type {Record<string, Record<string, number>>} */ const result = {};
  for (const facet of facets) {
    const counts = new Map();
    for (const doc of docs) {
      for (const value of new Set(facetValues(columns, facet, doc))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    result[facet] = Object.fromEntries(ordered);
  }
  return result;
}
