// Runs a query tree (query-builder.js) against the static index: fetches the term shards it
// needs (positions only for phrases), finds the matching documents and scores them as Lucene's
// BooleanQuery / TermQuery / PhraseQuery / constant-score PrefixQuery do with BM25Similarity.
//
// Matches travel as posting lists (doc ids ascending, float scores beside them), not maps: a
// broad query at 100,000 records scores a few hundred thousand postings, and the combining of a
// boolean query runs over dense scratch arrays of the index's size, reused from query to query.
import { K1, idf as termIdf, phraseIdf, normCache, termWeight, weightValue, termScore } from './bm25.js';

const fround = Math.fround;
/** @type {Map<number, Float32Array>} norm caches by avgdl */
const normCaches = new Map();

/**
 * Matching documents in ascending order, each with its score (a float, as Lucene computes it).
 * @typedef {{ docs: Int32Array, scores: Float32Array }} Scored
 */
const NONE = /** @type {Scored} */ ({ docs: new Int32Array(0), scores: new Float32Array(0) });

/**
 * BM25's per-document scorer for one term or phrase: (freq, norm byte) → score. A field without
 * norms (keyword fields) scores as Lucene does when norms are absent: freq / (freq + k1).
 * @param {number} idfValue @param {number} boost @param {number} topLevelBoost
 * @param {{ avgdl: number, norms: boolean }} field
 * @returns {(freq: number, norm: number) => number}
 */
function docScorer(idfValue, boost, topLevelBoost, field) {
  const value = weightValue(termWeight(idfValue, boost, topLevelBoost));
  if (!field.norms) return (freq) => fround(fround(value * freq) / fround(freq + K1));
  const avgdl = fround(field.avgdl);
  let cache = normCaches.get(avgdl);
  if (!cache) normCaches.set(avgdl, (cache = normCache(avgdl)));
  return (freq, norm) => termScore(value, freq, norm, cache);
}

/**
 * @typedef {import('./query-builder.js').Query} Query
 * @typedef {import('./shards.js').TermDictionary} TermDictionary
 * @typedef {object} Context
 * @property {TermDictionary} dictionary
 * @property {number} docCount Lucene's MaxDoc, the N of idf
 * @property {Map<string, number>} fieldIndex field name → index in manifest.fields
 * @property {{ avgdl: number, norms: boolean }[]} fields
 * @property {Set<string>} highlight collects the terms to mark in snippets
 * @property {string[]} prefixes collects prefix-query prefixes to mark in snippets
 */

/**
 * Matching docs and their scores, as a map (for tests and small callers).
 * @param {Query} query @param {Context} context
 * @returns {Promise<Map<number, number>>}
 */
export async function evaluate(query, context) {
  const { docs, scores } = await evaluateDocs(query, context);
  const map = new Map();
  for (let i = 0; i < docs.length; i++) map.set(docs[i], scores[i]);
  return map;
}

/**
 * Matching docs (ascending) and their scores.
 * @param {Query} query @param {Context} context @param {number} [topLevelBoost] product of enclosing boosts
 * @param {boolean} [positive] false under a prohibited clause (its terms are not highlighted)
 * @returns {Promise<Scored>}
 */
export async function evaluateDocs(query, context, topLevelBoost = 1, positive = true) {
  switch (query.type) {
    case 'term': return scoreTerm(query, context, topLevelBoost, positive);
    case 'phrase': return scorePhrase(query, context, topLevelBoost, positive);
    case 'prefix': return scorePrefix(query, context, topLevelBoost, positive);
    case 'bool': return scoreBool(query, context, topLevelBoost, positive);
    default: return NONE;
  }
}

/** @param {import('./query-builder.js').TermQuery} query @param {Context} context @param {number} topLevelBoost @param {boolean} positive */
async function scoreTerm(query, context, topLevelBoost, positive) {
  const field = context.fieldIndex.get(query.field);
  if (field === undefined) return NONE;
  if (positive) context.highlight.add(query.term);
  const found = await context.dictionary.lookup(field, query.term);
  if (!found) return NONE;
  const { docs, freqs, norms } = context.dictionary.postings(found.entry);
  const score = docScorer(termIdf(found.entry.df, context.docCount), query.boost, topLevelBoost, context.fields[field]);
  const scores = new Float32Array(docs.length);
  for (let i = 0; i < docs.length; i++) scores[i] = score(freqs[i], norms ? norms[i] : 0);
  return { docs, scores };
}

/**
 * Exact phrase (slop 0): freq = number of places where every term sits at its relative position.
 * The terms' postings are intersected in doc order, each term's positions read once, front to
 * back, and decoded only for the documents that have every term.
 */
async function scorePhrase(query, context, topLevelBoost, positive) {
  const field = context.fieldIndex.get(query.field);
  if (field === undefined) return NONE;
  if (positive) query.terms.forEach(({ term }) => context.highlight.add(term));
  const found = await Promise.all(query.terms.map(({ term }) => context.dictionary.lookup(field, term)));
  if (found.some((f) => f === null)) return NONE;
  const postings = found.map((f) => context.dictionary.postings(f.entry));
  const readers = await Promise.all(found.map((f) => context.dictionary.positionsReader(f)));
  const score = docScorer(phraseIdf(found.map((f) => f.entry.df), context.docCount), query.boost, topLevelBoost, context.fields[field]);
  const offsets = query.terms.map((t) => t.position);
  const at = postings.map(() => 0);
  const [first] = postings;
  const docs = [];
  const scores = [];
  for (let i = 0; i < first.docs.length; i++) {
    const doc = first.docs[i];
    let all = true;
    for (let t = 1; t < postings.length; t++) {
      while (at[t] < postings[t].docs.length && postings[t].docs[at[t]] < doc) skip(readers[t], postings[t].freqs[at[t]++]);
      if (postings[t].docs[at[t]] !== doc) all = false;
    }
    if (!all) {
      skip(readers[0], first.freqs[i]);
      continue;
    }
    const positions = postings.map((p, t) => read(readers[t], p.freqs[t === 0 ? i : at[t]++]));
    const freq = phraseFreq(offsets, positions);
    if (freq > 0) {
      docs.push(doc);
      scores.push(score(freq, first.norms ? first.norms[i] : 0));
    }
  }
  return { docs: Int32Array.from(docs), scores: Float32Array.from(scores) };
}

/** Skips one posting's positions. @param {import('./varint.js').ByteReader} reader @param {number} freq */
function skip(reader, freq) {
  for (let n = 0; n < freq; n++) reader.varint();
}

/** One posting's positions. @param {import('./varint.js').ByteReader} reader @param {number} freq */
function read(reader, freq) {
  const positions = new Array(freq);
  let position = 0;
  for (let n = 0; n < freq; n++) positions[n] = position += reader.varint();
  return positions;
}

/**
 * Positions ascend, so each term's list is walked once beside the first term's.
 * @param {number[]} offsets each term's position in the phrase @param {number[][]} positions each term's positions in the doc
 */
function phraseFreq(offsets, positions) {
  const at = positions.map(() => 0);
  let freq = 0;
  for (const p of positions[0]) {
    const start = p - offsets[0];
    let all = true;
    for (let t = 1; t < positions.length && all; t++) {
      const wanted = start + offsets[t];
      const list = positions[t];
      while (at[t] < list.length && list[at[t]] < wanted) at[t]++;
      all = list[at[t]] === wanted;
    }
    if (all) freq++;
  }
  return freq;
}

/** Constant score: every doc with a term starting with the prefix scores the clause's boost. */
async function scorePrefix(query, context, topLevelBoost, positive) {
  const field = context.fieldIndex.get(query.field);
  if (field === undefined) return NONE;
  const constant = fround(query.boost * fround(topLevelBoost));
  if (positive) context.prefixes.push(query.prefix);
  const lists = (await context.dictionary.expandPrefix(field, query.prefix)).map(({ entry }) => context.dictionary.postings(entry).docs);
  const docs = union(lists);
  return { docs, scores: new Float32Array(docs.length).fill(constant) };
}

/**
 * All MUST clauses match, no MUST_NOT clause matches, and (when there is no MUST) at least one
 * SHOULD does; the score is the float sum of the matching clauses' scores in clause order
 * (BM25's coord is 1). The clauses are awaited first; the combining below is synchronous, so
 * one scratch per index size serves every boolean query, nested ones included.
 */
async function scoreBool(query, context, topLevelBoost, positive) {
  const boost = fround(topLevelBoost * query.boost);
  const results = await Promise.all(query.clauses.map((clause) =>
    evaluateDocs(clause.query, context, boost, positive && clause.occur !== 'must_not')));
  const scratch = scratchFor(context.docCount);
  const must = query.clauses.filter((c) => c.occur === 'must').length;
  const scoring = [];
  for (let c = 0; c < results.length; c++) {
    const { docs, scores } = results[c];
    if (query.clauses[c].occur === 'must_not') {
      for (let i = 0; i < docs.length; i++) scratch.excluded[docs[i]] = 1;
      continue;
    }
    scoring.push(docs);
    const required = query.clauses[c].occur === 'must';
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      scratch.sums[doc] = fround(scratch.sums[doc] + scores[i]);
      if (required) scratch.required[doc]++;
    }
  }
  const candidates = must > 0 ? smallestRequired(query.clauses, results) : union(scoring);
  const docs = new Int32Array(candidates.length);
  const scores = new Float32Array(candidates.length);
  let n = 0;
  for (let i = 0; i < candidates.length; i++) {
    const doc = candidates[i];
    if (scratch.excluded[doc] || scratch.required[doc] !== must) continue;
    docs[n] = doc;
    scores[n++] = scratch.sums[doc];
  }
  for (const { docs: list } of results) {
    for (let i = 0; i < list.length; i++) {
      scratch.sums[list[i]] = 0;
      scratch.required[list[i]] = 0;
      scratch.excluded[list[i]] = 0;
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
}

/** The docs of the required clause with the fewest, in order: every match is among them. */
function smallestRequired(clauses, results) {
  let best = null;
  for (let c = 0; c < clauses.length; c++) {
    if (clauses[c].occur === 'must' && (best === null || results[c].docs.length < best.length)) best = results[c].docs;
  }
  return best;
}

/**
 * The docs of any of `lists` (each ascending), ascending, without repeats: merged pairwise, so
 * linear in the postings for each of the log2(lists) rounds.
 * @param {ArrayLike<number>[]} lists @returns {Int32Array}
 */
function union(lists) {
  if (lists.length === 0) return new Int32Array(0);
  let round = lists.map((list) => (list instanceof Int32Array ? list : Int32Array.from(list)));
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i + 1 < round.length; i += 2) next.push(mergeTwo(round[i], round[i + 1]));
    if (round.length % 2 === 1) next.push(round[round.length - 1]);
    round = next;
  }
  return round[0];
}

/** @param {Int32Array} a @param {Int32Array} b */
function mergeTwo(a, b) {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x < y) { out[n++] = x; i++; } else if (y < x) { out[n++] = y; j++; } else { out[n++] = x; i++; j++; }
  }
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out.subarray(0, n);
}

/**
 * @typedef {{ sums: Float64Array, required: Uint16Array, excluded: Uint8Array }} Scratch
 *   zeroed between uses; `required` counts up to 1,024 clauses (Lucene's limit)
 */
/** @type {Map<number, Scratch>} */
const scratches = new Map();

/** @param {number} docCount @returns {Scratch} */
function scratchFor(docCount) {
  let scratch = scratches.get(docCount);
  if (!scratch) {
    scratch = { sums: new Float64Array(docCount), required: new Uint16Array(docCount), excluded: new Uint8Array(docCount) };
    scratches.set(docCount, scratch);
  }
  return scratch;
}
