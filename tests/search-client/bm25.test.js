// Expected scores and norm bytes were produced by Lucene.Net 4.8 (BM25Similarity, RAMDirectory)
// indexing DOCS with the archive analyzer and running the queries through MultiFieldQueryParser
// (title^2, body); the JavaScript side must reproduce them bit for bit (compared as floats).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bm25 from '../../src/search-client/bm25.js';
import { analyze } from '../../src/search-client/analysis.js';
import { parseQuery } from '../../src/search-client/query-parser.js';
import { buildQuery } from '../../src/search-client/query-builder.js';
import { evaluate } from '../../src/search-client/evaluate.js';
import { ByteReader } from '../../src/search-client/varint.js';

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

test('reproduces Lucene.Net BM25 scores bit for bit for terms, phrases and boolean queries, through the production evaluator', async () => {
  const index = buildIndex();
  for (const field of /** @type {const} */ (['title', 'body'])) {
    assert.deepEqual(index[field].lengths.map((n) => bm25.encodeNorm(n)), LUCENE_NORMS[field], `${field} norms`);
  }
  const fields = { title: { boost: 2, analyzed: true, default: true }, body: { boost: 1, analyzed: true, default: true } };
  for (const [input, expected] of Object.entries(LUCENE_SCORES)) {
    const parsed = parseQuery(input);
    assert.ok(parsed.ok);
    const scores = await score(buildQuery(parsed.query, { fields }), index);
    const ranked = [...scores].sort((a, b) => b[1] - a[1]);
    assert.deepEqual(ranked, expected.map(([doc, s]) => [doc, Math.fround(s)]), input);
  }
});

/** A tiny in-memory index: per field, postings (term → doc → positions) and lengths. */
function buildIndex() {
  /** @type {Record<string, { postings: Map<string, Map<number, number[]>>, lengths: number[] }>} */
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
    index[field] = { postings, lengths };
  }
  return index;
}

/**
 * The tiny index seen through the term dictionary interface the production evaluator reads
 * (src/search-client/shards.js): lookup, postings in doc order with norm bytes, positions.
 * @param {ReturnType<typeof buildIndex>} index
 */
function dictionaryOf(index) {
  const byField = [index.title, index.body];
  const docsOf = (entry) => [...byField[entry.field].postings.get(entry.term).keys()].sort((a, b) => a - b);
  return {
    async lookup(field, term) {
      const docs = byField[field].postings.get(term);
      return docs ? { entry: { field, term, df: docs.size } } : null;
    },
    postings(entry) {
      const { postings, lengths } = byField[entry.field];
      const docs = docsOf(entry);
      return { docs, freqs: docs.map((d) => postings.get(entry.term).get(d).length), norms: docs.map((d) => bm25.encodeNorm(lengths[d])) };
    },
    async positionsReader(found) {
      // As the export stores them: per posting in doc order, position deltas as varints.
      const bytes = [];
      for (const d of docsOf(found.entry)) {
        let previous = 0;
        for (const position of byField[found.entry.field].postings.get(found.entry.term).get(d)) {
          for (let delta = position - previous; ; delta >>= 7) {
            if (delta < 0x80) { bytes.push(delta); break; }
            bytes.push((delta & 0x7f) | 0x80);
          }
          previous = position;
        }
      }
      return new ByteReader(Uint8Array.from(bytes));
    },
    async expandPrefix() {
      return [];
    },
  };
}

/**
 * Scores a built query over the tiny index with the production evaluator (src/search-client/evaluate.js),
 * so that a change there that breaks Lucene's scores fails this test.
 * @param {import('../../src/search-client/query-builder.js').Query} query
 * @param {ReturnType<typeof buildIndex>} index
 * @returns {Promise<Map<number, number>>}
 */
function score(query, index) {
  const avgdl = (field) => bm25.averageFieldLength(index[field].lengths.reduce((a, b) => a + b, 0), DOCS.length);
  return evaluate(query, {
    dictionary: dictionaryOf(index),
    docCount: DOCS.length,
    fieldIndex: new Map([['title', 0], ['body', 1]]),
    fields: [{ avgdl: avgdl('title'), norms: true }, { avgdl: avgdl('body'), norms: true }],
    highlight: new Set(),
    prefixes: [],
  });
}
