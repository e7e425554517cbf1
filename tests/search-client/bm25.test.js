// Expected scores and norm bytes were produced by Lucene.Net 4.8 (BM25Similarity, RAMDirectory)
// indexing DOCS with the archive analyzer and running the queries through MultiFieldQueryParser
// (title^2, body); the JavaScript side must reproduce them bit for bit (compared as floats).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bm25 from '../../src/search-client/bm25.js';
import { analyze } from '../../src/search-client/analysis.js';
import { parseQuery } from '../../src/search-client/query-parser.js';
import { buildQuery } from '../../src/search-client/query-builder.js';

const DOCS = [
  { title: 'Patent office reform', body: 'The patent office announced a reform of patent examination.' },
  { title: 'Trademark news', body: 'Trademark filings rose; the office said patent filings fell.' },
  { title: 'Innovation and growth', body: 'Innovation drives growth. Intellectual property protects innovation.' },
  { title: 'Copyright', body: 'Copyright law and intellectual property rights in the digital age, with a long body of words about many other things entirely unrelated to patents.' },
  { title: 'Patents, patents, patents', body: 'Patent.' },
];
const LUCENE_NORMS = { title: [120, 121, 121, 124, 120], body: [118, 117, 118, 115, 124] };
const LUCENE_SCORES = {
  patent: [[4, 2.7881906], [0, 1.7174867], [1, 0.25504366], [3, 0.17053325]],
  'body:"intellectual property"': [[2, 1.816571], [3, 1.0379272]],
  'innovation OR trademark': [[2, 4.55334], [1, 3.8276458]],
  'patent -trademark': [[4, 2.7881906], [0, 1.7174867], [3, 0.17053325]],
};

test('encodes a field length into the byte Lucene stores, and decodes it back to its length class', () => {
  assert.equal(bm25.encodeNorm(1), 124);
  assert.equal(bm25.decodeNormLength(124), 1);
  assert.deepEqual([2, 3, 4, 10, 100, 1000].map((n) => bm25.encodeNorm(n)), [121, 120, 120, 117, 110, 104]);
  assert.deepEqual([121, 120, 117, 110, 104].map(bm25.decodeNormLength), [Math.fround(2.56), 4, Math.fround(10.24), Math.fround(113.77778), 1024]);
  for (let length = 1; length <= 100000; length = Math.ceil(length * 1.07)) {
    const byte = bm25.encodeNorm(length);
    // Lucene rounds 1/sqrt(length) down, so the decoded length is at least the real one, and the
    // next byte up would decode to less.
    assert.ok(bm25.decodeNormLength(byte) >= length, `${length}`);
    assert.ok(bm25.decodeNormLength(byte + 1) < length, `${length}`);
    assert.equal(bm25.encodeNorm(bm25.decodeNormLength(byte)), byte, `${length} round trip`);
  }
});

test('SmallFloat edge cases: zero, tiny and huge values, and the byte 0 and 255 ends of the table', () => {
  assert.equal(bm25.floatToByte315(0), 0);
  assert.equal(bm25.floatToByte315(-1), 0);
  assert.equal(bm25.floatToByte315(1e-30), 1);
  assert.equal(bm25.floatToByte315(1e30), 255);
  assert.equal(bm25.byte315ToFloat(0), 0);
  assert.equal(bm25.decodeNormLength(0), Infinity);
  assert.equal(bm25.encodeNorm(0), 255);
});

test('idf is ln(1 + (N - df + 0.5) / (df + 0.5)) rounded to float; a phrase sums its terms', () => {
  assert.equal(bm25.idf(1, 31), Math.fround(Math.log(1 + 30.5 / 1.5)));
  assert.equal(bm25.idf(31, 31), Math.fround(Math.log(1 + 0.5 / 31.5)));
  assert.equal(bm25.phraseIdf([1, 3], 10), Math.fround(bm25.idf(1, 10) + bm25.idf(3, 10)));
  assert.equal(bm25.averageFieldLength(0, 10), 1);
  assert.equal(bm25.averageFieldLength(39, 5), Math.fround(7.8));
});

test('the per-field cache follows k1 × ((1 − b) + b × length / avgdl)', () => {
  const cache = bm25.normCache(Math.fround(7.8));
  assert.equal(cache.length, 256);
  assert.ok(Math.abs(cache[124] - 1.2 * (0.25 + 0.75 / 7.8)) < 1e-6);
});

test('reproduces Lucene.Net BM25 scores bit for bit for terms, phrases and boolean queries', () => {
  const index = buildIndex();
  for (const field of /** @type {const} */ (['title', 'body'])) {
    assert.deepEqual(index[field].lengths.map((n) => bm25.encodeNorm(n)), LUCENE_NORMS[field], `${field} norms`);
  }
  const fields = { title: { boost: 2, analyzed: true, default: true }, body: { boost: 1, analyzed: true, default: true } };
  for (const [input, expected] of Object.entries(LUCENE_SCORES)) {
    const parsed = parseQuery(input);
    assert.ok(parsed.ok);
    const scores = score(buildQuery(parsed.query, { fields }), index, 1);
    const ranked = [...scores].sort((a, b) => b[1] - a[1]);
    assert.deepEqual(ranked, expected.map(([doc, s]) => [doc, Math.fround(s)]), input);
  }
});

/** A tiny in-memory index: per field, postings (term → doc → positions) and lengths. */
function buildIndex() {
  /** @type {Record<string, { postings: Map<string, Map<number, number[]>>, lengths: number[], cache: Float32Array }>} */
  const index = {};
  for (const field of /** @type {const} */ (['title', 'body'])) {
    const postings = new Map();
    const lengths = DOCS.map((doc, id) => {
      const tokens = analyze(doc[field]);
      for (const { term, position } of tokens) {
        if (!postings.has(term)) postings.set(term, new Map());
        const docs = postings.get(term);
        docs.set(id, [...(docs.get(id) ?? []), position]);
      }
      return tokens.length;
    });
    const avgdl = bm25.averageFieldLength(lengths.reduce((a, b) => a + b, 0), DOCS.length);
    index[field] = { postings, lengths, cache: bm25.normCache(avgdl) };
  }
  return index;
}

/**
 * Scores a built query over the tiny index the way Lucene's weights do.
 * @param {import('../../src/search-client/query-builder.js').Query} query
 * @param {ReturnType<typeof buildIndex>} index @param {number} topLevelBoost
 * @returns {Map<number, number>}
 */
function score(query, index, topLevelBoost) {
  const maxDoc = DOCS.length;
  if (query.type === 'term' || query.type === 'phrase') {
    const field = index[query.field];
    const terms = query.type === 'term' ? [{ term: query.term, position: 0 }] : query.terms;
    const lists = terms.map(({ term }) => field.postings.get(term) ?? new Map());
    const idf = query.type === 'term' ? bm25.idf(lists[0].size, maxDoc) : bm25.phraseIdf(lists.map((l) => l.size), maxDoc);
    const weightValue = bm25.weightValue(bm25.termWeight(idf, query.boost, topLevelBoost));
    const result = new Map();
    for (const [doc, firstPositions] of lists[0]) {
      const freq = firstPositions.filter((p) => terms.every((t, i) => (lists[i].get(doc) ?? []).includes(p - terms[0].position + t.position))).length;
      if (freq > 0) result.set(doc, bm25.termScore(weightValue, freq, bm25.encodeNorm(field.lengths[doc]), field.cache));
    }
    return result;
  }
  if (query.type !== 'bool') return new Map();
  const boost = Math.fround(topLevelBoost * query.boost);
  const clauses = query.clauses.map((c) => ({ occur: c.occur, scores: score(c.query, index, boost) }));
  const required = clauses.filter((c) => c.occur === 'must');
  const optional = clauses.filter((c) => c.occur === 'should');
  const candidates = required.length > 0
    ? [...required[0].scores.keys()].filter((d) => required.every((c) => c.scores.has(d)))
    : [...new Set(optional.flatMap((c) => [...c.scores.keys()]))];
  const result = new Map();
  for (const doc of candidates) {
    if (clauses.some((c) => c.occur === 'must_not' && c.scores.has(doc))) continue;
    result.set(doc, bm25.sumScores(clauses.filter((c) => c.occur !== 'must_not' && c.scores.has(doc)).map((c) => /** @type {number} */ (c.scores.get(doc)))));
  }
  return result;
}
