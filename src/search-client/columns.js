// Per-document data beyond postings, in pages by doc-id range, fetched only for the ranges that
// hold a query's hits (docs/search-format.md, "Columns"): type pages (quotation bits and the
// hashes naming result-file folders), day pages (read only where a date range starts or ends),
// facet pages (value ids, for filters and counts) and the facet value table. Years come from
// document order: ids are in date order, and the manifest lists the first doc id of each year.
import { ByteReader } from './varint.js';
import { QUOTE_TYPE, RECORD_TYPE, TYPE_FIELD } from './scope.js';
import { columnFacets, facetDeclarations } from './facets.js';
const DAY_MS = 86_400_000;

/**
 * @typedef {object} ColumnSpec the manifest's `columns`
 * @property {number} typePageSize
 * @property {number} facetPageSize
 * @property {string} types path template with {hash}
 * @property {string} facets path template with {hash}
 * @property {string} days path template with {hash}
 * @property {string} values path of the value table
 * @property {string[]} typePages
 * @property {string[]} facetPages
 * @property {[string, number][]} dayPages hash and the day (since 1970-01-01) of the page's first doc
 * @property {[number, number][]} years year and its first doc id
 * @typedef {{ first: number, quotes: Uint8Array, hashes: string[] }} TypePage
 * @typedef {{ first: number, ids: Record<string, number[][]> }} FacetPage  ids[facet][offset] = value ids
 */

/** The pages of one kind, each fetched once and kept. */
class PageCache {
  /** @param {(index: number) => Promise<any>} load */
  constructor(load) {
    this.load = load;
    /** @type {Map<number, Promise<any>>} */ this.pending = new Map();
    /** @type {Map<number, any>} */ this.ready = new Map();
  }

  /** @param {Iterable<number>} indexes @returns {Promise<void>} */
  async ensure(indexes) {
    const waits = [];
    for (const index of indexes) {
      if (this.ready.has(index)) continue;
      let pending = this.pending.get(index);
      if (!pending) {
        pending = this.load(index).then((page) => { this.ready.set(index, page); this.pending.delete(index); });
        pending.catch(() => this.pending.delete(index));
        this.pending.set(index, pending);
      }
      waits.push(pending);
    }
    await Promise.all(waits);
  }

  /** @param {number} index */
  get(index) {
    const page = this.ready.get(index);
    if (!page) throw new Error(`column page ${index} used before it was loaded`);
    return page;
  }
}

export class ColumnStore {
  /**
   * @param {ColumnSpec} spec @param {number} docCount
   * @param {(path: string) => Promise<Uint8Array>} fetchPath fetches and gunzips a file of the export
   * @param {import('./facets.js').FacetDeclaration[]} [declarations] the manifest's facets (facetDeclarations)
   */
  constructor(spec, docCount, fetchPath, declarations = facetDeclarations(undefined)) {
    this.spec = spec;
    // Facets stored as value ids, in file order (the year comes from doc order), and those a
    // quotation's document shares with its record (the speaker is its own).
    this.facets = columnFacets(declarations);
    this.docCount = docCount;
    this.fetchPath = fetchPath;
    const path = (/** @type {string} */ template, /** @type {string} */ hash) => template.replace('{hash}', hash);
    this.typePages = new PageCache(async (i) => decodeTypePage(await fetchPath(path(spec.types, spec.typePages[i])), i * spec.typePageSize));
    this.dayPages = new PageCache(async (i) => decodeDayPage(await fetchPath(path(spec.days, spec.dayPages[i][0]))));
    this.facetPages = new PageCache(async (i) => {
      const first = i * spec.facetPageSize;
      const last = Math.min(first + spec.facetPageSize, docCount) - 1;
      // Reading a facet page copies a quotation's record values: it needs the page's type bits.
      await this.typePages.ensure(new Set([Math.floor(first / spec.typePageSize), Math.floor(last / spec.typePageSize)]));
      return decodeFacetPage(await fetchPath(path(spec.facets, spec.facetPages[i])), first, spec.facetPageSize, this);
    });
    /** @type {Promise<Record<string, string[]>> | null} */ this.valuesPending = null;
    /** @type {Record<string, string[]>} */ this.values = {};
  }

  /** Loads the type pages of `docs` (which are quotations, where their result files are). @param {Iterable<number>} docs */
  loadTypes(docs) {
    return this.typePages.ensure(pagesOf(docs, this.spec.typePageSize));
  }

  /** Loads the facet pages of `docs` and the value table. @param {Iterable<number>} docs */
  async loadFacets(docs) {
    const pages = pagesOf(docs, this.spec.facetPageSize);
    if (pages.size === 0) return;
    await Promise.all([this.facetPages.ensure(pages), this.loadValues()]);
  }

  loadValues() {
    if (!this.valuesPending) {
      this.valuesPending = this.fetchPath(this.spec.values).then((bytes) => (this.values = JSON.parse(new TextDecoder().decode(bytes))));
      this.valuesPending.catch(() => { this.valuesPending = null; });
    }
    return this.valuesPending;
  }

  /** After loadTypes. @param {number} doc */
  isQuote(doc) {
    const page = this.typePages.get(Math.floor(doc / this.spec.typePageSize));
    const offset = doc - page.first;
    return (page.quotes[offset >> 3] & (1 << (offset & 7))) !== 0;
  }

  /** After loadTypes. @param {number} doc */
  typeOf(doc) {
    return this.isQuote(doc) ? QUOTE_TYPE : RECORD_TYPE;
  }

  /** The hash naming the folder of `doc`'s result file, after loadTypes. @param {number} doc @param {number} rangeSize */
  rangeHash(doc, rangeSize) {
    const page = this.typePages.get(Math.floor(doc / this.spec.typePageSize));
    return page.hashes[Math.floor(doc / rangeSize) - Math.floor(page.first / rangeSize)];
  }

  /** @param {number} doc */
  yearOf(doc) {
    const { years } = this.spec;
    let low = 0;
    let high = years.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (years[middle][1] <= doc) low = middle;
      else high = middle - 1;
    }
    return String(years[low][0]);
  }

  /** The years of the archive, first to last. */
  years() {
    return this.spec.years.map(([year]) => String(year));
  }

  /**
   * The doc ids dated from `from` to `to` (ISO dates, inclusive, either may be absent), as
   * [lo, hi): documents are in date order, so only the day pages where the range starts and ends
   * are read.
   * @param {string} [from] @param {string} [to] @returns {Promise<[number, number]>}
   */
  async docRange(from, to) {
    const lo = from ? await this.firstDocOnOrAfter(dayNumber(from)) : 0;
    const hi = to ? await this.firstDocOnOrAfter(dayNumber(to) + 1) : this.docCount;
    return [lo, Math.max(lo, hi)];
  }

  /** @param {number} day */
  async firstDocOnOrAfter(day) {
    const pages = this.spec.dayPages;
    let page = -1;
    for (let low = 0, high = pages.length - 1; low <= high;) {
      const middle = (low + high) >> 1;
      if (pages[middle][1] < day) { page = middle; low = middle + 1; } else high = middle - 1;
    }
    if (page < 0) return 0;
    await this.dayPages.ensure([page]);
    let doc = page * this.spec.facetPageSize;
    for (const [runDay, count] of this.dayPages.get(page)) {
      if (runDay >= day) return doc;
      doc += count;
    }
    return doc;
  }

  /**
   * Facet values of one document, after loadFacets (the year and type after loadTypes).
   * @param {string} facet @param {number} doc @returns {string[]}
   */
  facetValues(facet, doc) {
    if (facet === 'year') return [this.yearOf(doc)];
    if (facet === TYPE_FIELD) return [this.typeOf(doc)];
    const page = this.facetPages.get(Math.floor(doc / this.spec.facetPageSize));
    const ids = page.ids[facet]?.[doc - page.first] ?? [];
    const table = this.values[facet] ?? [];
    return ids.map((/** @type {number} */ id) => table[id]);
  }
}

/** @param {string} iso */
function dayNumber(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** @param {Iterable<number>} docs @param {number} size @returns {Set<number>} */
function pagesOf(docs, size) {
  const pages = new Set();
  for (const doc of docs) pages.add(Math.floor(doc / size));
  return pages;
}

/** @param {Uint8Array} bytes @param {number} first @returns {TypePage} */
function decodeTypePage(bytes, first) {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const quotes = reader.take((count + 7) >> 3);
  const hashes = [];
  while (reader.offset < bytes.length) hashes.push([...reader.take(4)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  return { first, quotes, hashes };
}

/** Runs of [day, count]. @param {Uint8Array} bytes @returns {[number, number][]} */
function decodeDayPage(bytes) {
  const reader = new ByteReader(bytes);
  /** @type {[number, number][]} */ const runs = [];
  let day = 0;
  for (let n = reader.varint(); n > 0; n--) {
    day += reader.varint();
    runs.push([day, reader.varint()]);
  }
  return runs;
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
function decodeFacetPage(bytes, first, size, store) {
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
