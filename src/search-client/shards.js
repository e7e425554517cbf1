// The term dictionary: term shards (terms + per-field postings with norms) split by term range,
// each with a positions shard fetched only for phrase queries, found through a two-level table
// (manifest → page → shard). See docs/search-format.md.
import { ByteReader } from './varint.js';
import { fetchBytes } from './fetch-gzip.js';

const utf8 = new TextDecoder('utf-8');

/**
 * @typedef {object} FieldEntry where one term occurs in one field
 * @property {number} field index into manifest.fields
 * @property {number} df documents containing the term in that field
 * @property {Uint8Array} postings column-wise: doc ids (gaps or a bitmap), then the freqs, then the norm bytes (if the field has norms)
 * @property {number} positionsOffset byte offset of this entry's positions in the positions shard
 * @property {number} positionsLength
 */

/**
 * @typedef {object} Postings
 * @property {Int32Array} docs ascending doc ids
 * @property {Int32Array} freqs
 * @property {Uint8Array | null} norms norm bytes (0-255) or null for fields without norms
 */

/** One decoded term shard: its terms, sorted by UTF-16 code units, and their field entries. */
class TermShard {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    const reader = new ByteReader(bytes);
    const count = reader.varint();
    /** @type {string[]} */ this.terms = new Array(count);
    /** @type {FieldEntry[][]} */ this.entries = new Array(count);
    let previous = '';
    let positionsOffset = 0;
    for (let i = 0; i < count; i++) {
      const shared = reader.varint();
      const term = previous.slice(0, shared) + reader.string();
      const fieldCount = reader.varint();
      const fields = new Array(fieldCount);
      for (let f = 0; f < fieldCount; f++) {
        const field = reader.varint();
        const df = reader.varint();
        const postings = reader.take(reader.varint());
        const positionsLength = reader.varint();
        fields[f] = { field, df, postings, positionsOffset, positionsLength };
        positionsOffset += positionsLength;
      }
      this.terms[i] = term;
      this.entries[i] = fields;
      previous = term;
    }
  }

  /** @param {string} term @returns {number} index of the first term ≥ `term` */
  lowerBound(term) {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** How an entry's doc ids are stored (docs/search-format.md, "Term shards"). */
const DOCS_AS_GAPS = 0;

/**
 * An entry's `df` doc ids, ascending: varint gaps (the first absolute), or the first id and a
 * bitmap over the ids from it (bit i, low bit first: doc first + i).
 * @param {ByteReader} reader @param {number} df @returns {Int32Array}
 */
function readDocs(reader, df) {
  const docs = new Int32Array(df);
  if (reader.varint() === DOCS_AS_GAPS) {
    let doc = 0;
    for (let i = 0; i < df; i++) docs[i] = doc += reader.varint();
    return docs;
  }
  const first = reader.varint();
  const bits = reader.take(reader.varint());
  let n = 0;
  for (let at = 0; at < bits.length && n < df; at++) {
    let byte = bits[at];
    while (byte !== 0) {
      const low = byte & -byte;
      docs[n++] = first + (at << 3) + 31 - Math.clz32(low);
      byte ^= low;
    }
  }
  return docs;
}

/**
 * Last index i with entries[i][0] ≤ key (0 when none): the range that holds `key`.
 * @param {[string, string][]} entries sorted by first key @param {string} key
 */
function rangeOf(entries, key) {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (entries[mid][0] <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Loads the shard table's pages, term shards and positions shards on demand (each at most once)
 * and answers term look-ups. Term → shard is two-level: manifest.shardPages → page → shard hash.
 */
export class TermDictionary {
  /**
   * @param {{shardPages: [string, string][], shardPage: string, terms: string, positions: string, fields: {norms: boolean}[]}} manifest
   * @param {(path: string) => string} resolve path in the export → URL
   * @param {typeof fetch} fetchFn
   */
  constructor(manifest, resolve, fetchFn) {
    this.manifest = manifest;
    this.resolve = resolve;
    this.fetchFn = fetchFn;
    /** @type {Map<string, Promise<any>>} */ this.cache = new Map();
    /** @type {WeakMap<FieldEntry, Postings>} */ this.decoded = new WeakMap();
  }

  /** @param {string} path @param {(bytes: Uint8Array) => any} decode */
  load(path, decode) {
    let pending = this.cache.get(path);
    if (!pending) {
      pending = fetchBytes(this.fetchFn, this.resolve(path)).then(decode);
      // A failed fetch is not cached: the next query tries again (the network may be back).
      pending.catch(() => this.cache.delete(path));
      this.cache.set(path, pending);
    }
    return pending;
  }

  /** @param {number} index @returns {Promise<[string, string][]>} the page's [first, hash] shard entries */
  page(index) {
    const path = this.manifest.shardPage.replace('{hash}', this.manifest.shardPages[index][1]);
    return this.load(path, (bytes) => JSON.parse(utf8.decode(bytes)));
  }

  /** @param {string} hash @returns {Promise<TermShard>} */
  shard(hash) {
    return this.load(this.manifest.terms.replace('{hash}', hash), (bytes) => new TermShard(bytes));
  }

  /**
   * Where `term` occurs in `field`, or null.
   * @param {number} field @param {string} term
   * @returns {Promise<{entry: FieldEntry, hash: string} | null>}
   */
  async lookup(field, term) {
    const pages = this.manifest.shardPages;
    if (pages.length === 0) return null;
    const page = await this.page(rangeOf(pages, term));
    const hash = page[rangeOf(page, term)][1];
    const shard = await this.shard(hash);
    const at = shard.lowerBound(term);
    if (shard.terms[at] !== term) return null;
    const entry = shard.entries[at].find((e) => e.field === field);
    return entry ? { entry, hash } : null;
  }

  /**
   * Every term of `field` that starts with `prefix` (prefix queries), across as many pages and
   * shards as the range spans.
   * @param {number} field @param {string} prefix
   * @returns {Promise<{term: string, entry: FieldEntry, hash: string}[]>}
   */
  async expandPrefix(field, prefix) {
    const upper = prefix + '\uffff';
    const shardsIn = await this.shardsBetween(prefix, upper);
    const loaded = await Promise.all(shardsIn.map((hash) => this.shard(hash)));
    const matches = [];
    loaded.forEach((shard, i) => {
      for (let at = shard.lowerBound(prefix); at < shard.terms.length && shard.terms[at].startsWith(prefix); at++) {
        const entry = shard.entries[at].find((e) => e.field === field);
        if (entry) matches.push({ term: shard.terms[at], entry, hash: shardsIn[i] });
      }
    });
    return matches;
  }

  /** Hashes of the shards whose ranges meet [low, high). @param {string} low @param {string} high */
  async shardsBetween(low, high) {
    const pages = this.manifest.shardPages;
    if (pages.length === 0) return [];
    const firstPage = rangeOf(pages, low);
    let lastPage = firstPage;
    while (lastPage + 1 < pages.length && pages[lastPage + 1][0] < high) lastPage++;
    const entries = (await Promise.all(Array.from({ length: lastPage - firstPage + 1 }, (_, i) => this.page(firstPage + i)))).flat();
    let last = rangeOf(entries, low);
    const first = last;
    while (last + 1 < entries.length && entries[last + 1][0] < high) last++;
    return entries.slice(first, last + 1).map(([, hash]) => hash);
  }

  /**
   * Decodes an entry's postings, once: a warm query reuses them.
   * @param {FieldEntry} entry @returns {Postings}
   */
  postings(entry) {
    let decoded = this.decoded.get(entry);
    if (decoded) return decoded;
    const hasNorms = this.manifest.fields[entry.field].norms;
    const reader = new ByteReader(entry.postings);
    const docs = readDocs(reader, entry.df);
    const freqs = new Int32Array(entry.df);
    for (let i = 0; i < entry.df; i++) freqs[i] = reader.varint();
    const norms = hasNorms ? reader.take(entry.df) : null;
    decoded = { docs, freqs, norms };
    this.decoded.set(entry, decoded);
    return decoded;
  }

  /**
   * A reader over an entry's positions (fetching the positions shard): per posting, in the order
   * of its docs, `freq` varints, position deltas (the first absolute).
   * @param {{entry: FieldEntry, hash: string}} found @returns {Promise<ByteReader>}
   */
  async positionsReader(found) {
    const bytes = await this.load(this.manifest.positions.replace('{hash}', found.hash), (b) => b);
    return new ByteReader(bytes.subarray(found.entry.positionsOffset, found.entry.positionsOffset + found.entry.positionsLength));
  }

}
