// Runs a query tree (query-builder.js) against the static index: fetches the term shards it
// needs (positions only for phrases), finds the matching documents and scores them as Lucene's
// BooleanQuery / TermQuery / PhraseQuery / constant-score PrefixQuery do with BM25Similarity.
import { K1, idf as termIdf, phraseIdf, normCache, termWeight, weightValue, termScore } from './bm25.js';

const fround = Math.fround;
/** @type {Map<number, Float32Array>} norm caches by avgdl */
const normCaches = new Map();

/**
 * BM25's per-document scorer for one term or phrase: (freq, norm byte) → score. A field without
 * norms (keyword fields) scores as Lucene does when norms are absent: freq / (freq + k1).
 * @param {number} idfValue @param {number} boost @param {number} topLevelBoost
 * @param {{ avgdl: number, norms: boolean }} field
 * @returns {(freq: number, norm: number | null) => number}
 */
function docScorer(idfValue, boost, topLevelBoost, field) {
  const value = weightValue(termWeight(idfValue, boost, topLevelBoost));
  if (!field.norms) return (freq) => fround(fround(value * freq) / fround(freq + K1));
  const avgdl = fround(field.avgdl);
  let cache = normCaches.get(avgdl);
  if (!cache) normCaches.set(avgdl, (cache = normCache(avgdl)));
  return (freq, norm) => termScore(value, freq, norm ?? 0, cache);
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
 * Matching docs and their scores.
 * @param {Query} query @param {Context} context @param {number} [topLevelBoost] product of enclosing boosts
 * @param {boolean} [positive] false under a prohibited clause (its terms are not highlighted)
 * @returns {Promise<Map<number, number>>}
 */
export async function evaluate(query, context, topLevelBoost = 1, positive = true) {
  switch (query.type) {
    case 'term': return scoreTerm(query, context, topLevelBoost, positive);
    case 'phrase': return scorePhrase(query, context, topLevelBoost, positive);
    case 'prefix': return scorePrefix(query, context, topLevelBoost, positive);
    case 'bool': return scoreBool(query, context, topLevelBoost, positive);
    default: return new Map();
  }
}

/** @param {import('./query-builder.js').TermQuery} query @param {Context} context @param {number} topLevelBoost @param {boolean} positive */
async function scoreTerm(query, context, topLevelBoost, positive) {
  const field = context.fieldIndex.get(query.field);
  const scores = new Map();
  if (field === undefined) return scores;
  if (positive) context.highlight.add(query.term);
  const found = await context.dictionary.lookup(field, query.term);
  if (!found) return scores;
  const { docs, freqs, norms } = context.dictionary.postings(found.entry);
  const score = docScorer(termIdf(found.entry.df, context.docCount), query.boost, topLevelBoost, context.fields[field]);
  for (let i = 0; i < docs.length; i++) scores.set(docs[i], score(freqs[i], norms ? norms[i] : null));
  return scores;
}

/** Exact phrase (slop 0): freq = number of places where every term sits at its relative position. */
async function scorePhrase(query, context, topLevelBoost, positive) {
  const field = context.fieldIndex.get(query.field);
  const scores = new Map();
  if (field === undefined) return scores;
  if (positive) query.terms.forEach(({ term }) => context.highlight.add(term));
  const found = await Promise.all(query.terms.map(({ term }) => context.dictionary.lookup(field, term)));
  if (found.some((f) => f === null)) return scores;
  const postings = found.map((f) => context.dictionary.postings(f.entry));
  const positions = await Promise.all(found.map((f) => context.dictionary.positions(f)));
  const score = docScorer(phraseIdf(found.map((f) => f.entry.df), context.docCount), query.boost, topLevelBoost, context.fields[field]);
  const lookups = postings.map((p) => new Map(p.docs.map((doc, i) => [doc, i])));
  const [first] = postings;
  for (let i = 0; i < first.docs.length; i++) {
    const doc = first.docs[i];
    const at = lookups.map((lookup) => lookup.get(doc));
    if (at.some((index) => index === undefined)) continue;
    const freq = phraseFreq(query.terms.map((t) => t.position), at.map((index, t) => positions[t][index]));
    if (freq > 0) scores.set(doc, score(freq, first.norms ? first.norms[i] : null));
  }
  return scores;
}

/** @param {number[]} offsets each term's position in the phrase @param {number[][]} positions each term's positions in the doc */
function phraseFreq(offsets, positions) {
  const sets = positions.map((p) => new Set(p));
  let freq = 0;
  for (const p of positions[0]) {
    const start = p - offsets[0];
    if (offsets.every((offset, t) => sets[t].has(start + offset))) freq++;
  }
  return freq;
}

/** Constant score: every doc with a term starting with the prefix scores the clause's boost. */
async function scorePrefix(query, context, topLevelBoost, positive) {
  const field = context.fieldIndex.get(query.field);
  const scores = new Map();
  if (field === undefined) return scores;
  const constant = fround(query.boost * fround(topLevelBoost));
  if (positive) context.prefixes.push(query.prefix);
  for (const { entry } of await context.dictionary.expandPrefix(field, query.prefix)) {
    for (const doc of context.dictionary.postings(entry).docs) scores.set(doc, constant);
  }
  return scores;
}

/**
 * All MUST clauses match, no MUST_NOT clause matches, and (when there is no MUST) at least one
 * SHOULD does; the score is the float sum of the matching clauses' scores (BM25's coord is 1).
 */
async function scoreBool(query, context, topLevelBoost, positive) {
  const boost = fround(topLevelBoost * query.boost);
  const results = await Promise.all(query.clauses.map((clause) =>
    evaluate(clause.query, context, boost, positive && clause.occur !== 'must_not')));
  const clauses = query.clauses.map((clause, i) => ({ occur: clause.occur, scores: results[i] }));
  const must = clauses.filter((c) => c.occur === 'must');
  const should = clauses.filter((c) => c.occur === 'should');
  const mustNot = clauses.filter((c) => c.occur === 'must_not');
  const candidates = must.length > 0
    ? [...must[0].scores.keys()].filter((doc) => must.every((c) => c.scores.has(doc)))
    : [...new Set(should.flatMap((c) => [...c.scores.keys()]))];
  const scores = new Map();
  for (const doc of candidates) {
    if (mustNot.some((c) => c.scores.has(doc))) continue;
    let sum = 0;
    for (const c of clauses) {
      if (c.occur !== 'must_not' && c.scores.has(doc)) sum = fround(sum + c.scores.get(doc));
    }
    scores.set(doc, sum);
  }
  return scores;
}
