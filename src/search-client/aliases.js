// Notes for results found through another name of a speaker or organisation: "SIPO: former
// name of CNIPA". The export writes the table once (a/aliases.{hash}.json.gz, the manifest's
// `nameAliases`): field → alias key (the alias's analysed terms joined by spaces) → what it
// stands for. Mirrors the C# AliasNotes: a term, a phrase, or a word the analyzer split into
// several required terms (申长雨), searched in the speaker or org field and not excluded.

/**
 * @typedef {{ alias: string, name: string, relation: string }} NameAlias
 * @typedef {Record<string, Record<string, [string, string, string][]>>} AliasTable
 * @typedef {{ field: string, key: string }} AliasKey
 */

/** The fields whose registry aliases the index searches. */
const ALIAS_FIELDS = new Set(['speaker', 'org']);

/**
 * The speaker and organisation keys of a built query, in query order (excluded clauses left out).
 * An empty list means no note is possible, so the table need not be fetched.
 * @param {import('./query-builder.js').Query} query
 * @returns {AliasKey[]}
 */
export function aliasKeys(query) {
  /** @type {AliasKey[]} */ const keys = [];
  walk(query, keys);
  return keys;
}

/**
 * @param {import('./query-builder.js').Query} query @param {AliasKey[]} keys
 */
function walk(query, keys) {
  switch (query.type) {
    case 'term': add(query.field, query.term, keys); break;
    case 'phrase': if (query.terms.length > 0) add(query.field, query.terms.map((t) => t.term).join(' '), keys); break;
    case 'bool': {
      const word = oneWord(query);
      if (word) add(word.field, word.key, keys);
      for (const clause of query.clauses) if (clause.occur !== 'must_not') walk(clause.query, keys);
      break;
    }
    default: break;
  }
}

/**
 * A word split into several required terms of one field is a key as a phrase is.
 * @param {import('./query-builder.js').BoolQuery} query
 */
function oneWord(query) {
  const { clauses } = query;
  if (clauses.length < 2) return null;
  if (!clauses.every((c) => c.occur === 'must' && c.query.type === 'term')) return null;
  const terms = /** @type {import('./query-builder.js').TermQuery[]} */ (clauses.map((c) => c.query));
  const { field } = terms[0];
  return terms.every((t) => t.field === field) ? { field, key: terms.map((t) => t.term).join(' ') } : null;
}

/** @param {string} field @param {string} key @param {AliasKey[]} keys */
function add(field, key, keys) {
  if (ALIAS_FIELDS.has(field)) keys.push({ field, key });
}

/**
 * The notes for `keys`, once each, in order.
 * @param {AliasKey[]} keys @param {AliasTable} table
 * @returns {NameAlias[]}
 */
export function aliasNotes(keys, table) {
  /** @type {NameAlias[]} */ const notes = [];
  const seen = new Set();
  for (const { field, key } of keys) {
    for (const [alias, name, relation] of table[field]?.[key] ?? []) {
      const id = JSON.stringify([alias, name, relation]);
      if (seen.has(id)) continue;
      seen.add(id);
      notes.push({ alias, name, relation });
    }
  }
  return notes;
}

/**
 * The line a reader sees.
 * @param {NameAlias} note
 */
export function aliasText(note) {
  return `${note.alias}: ${note.relation} of ${note.name}`;
}

const utf8 = new TextEncoder();

/**
 * The two filter bits of a key, as the C# NameAliasWriter sets them: FNV-1a (32-bit) of
 * "field\0key" in UTF-8, and the same hash with its halves swapped, modulo the filter's bits.
 * @param {string} field @param {string} key @param {number} bitCount
 * @returns {[number, number]}
 */
export function filterBits(field, key, bitCount) {
  let hash = 2166136261;
  for (const byte of utf8.encode(`${field}\0${key}`)) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  const swapped = ((hash >>> 16) | (hash << 16)) >>> 0;
  return [hash % bitCount, swapped % bitCount];
}

/**
 * Whether any key may be in the table, by the manifest's filter (base64 bits): false means the
 * table need not be fetched.
 * @param {AliasKey[]} keys @param {string} filter
 */
export function mayBeAlias(keys, filter) {
  const bits = Uint8Array.from(atob(filter), (c) => c.charCodeAt(0));
  const set = (/** @type {number} */ bit) => (bits[bit >> 3] & (1 << (bit & 7))) !== 0;
  return keys.some(({ field, key }) => filterBits(field, key, bits.length * 8).every(set));
}
