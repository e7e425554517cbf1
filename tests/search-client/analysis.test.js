// Expected tokens are Lucene.Net's ArchiveAnalyzer output for the same strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeKeyword } from '../../src/search-client/analysis.js';
import { loadFoldings } from '../../src/search-client/english-filters.js';

// The folding data is fetched on demand (prepareAnalysis); these tests analyze text directly.
await loadFoldings();

/** @param {string} text */
const tokens = (text) => analyze(text).map((t) => [t.term, t.position, t.start, t.end]);

test('strips possessives, lower-cases, drops stop words keeping their positions, and stems', () => {
  assert.deepEqual(tokens('The President\'s speech on China’s IP'), [
    ['presid', 1, 4, 15], ['speech', 2, 16, 22], ['china', 4, 26, 33], ['ip', 5, 34, 36],
  ]);
});

test('folds accents, ligatures and full-width letters so that "Antonio" finds "António"', () => {
  assert.deepEqual(tokens('António Łódź Æsir ﬁling Straße ＡＢＣ１２３').map((t) => t[0]), ['antonio', 'lodz', 'aesir', 'file', 'strass', 'abc123']);
  assert.deepEqual(tokens('Antonio')[0][0], tokens('António')[0][0]);
});

test('makes CJK bigrams with offsets into the original text', () => {
  assert.deepEqual(tokens('知识产权 局'), [['知识', 0, 0, 2], ['识产', 1, 1, 3], ['产权', 2, 2, 4], ['局', 3, 5, 6]]);
  assert.deepEqual(tokens('中国abc日本'), [['中国', 0, 0, 2], ['abc', 1, 2, 5], ['日本', 2, 5, 7]]);
  assert.deepEqual(tokens('ひらがな').map((t) => t[0]), ['ひら', 'らが', 'がな']);
});

test('counts removed stop words in positions', () => {
  assert.deepEqual(tokens('to be or not to be, the question'), [['question', 7, 24, 32]]);
  assert.deepEqual(tokens("It's THE patents' ＩＰ"), [['patent', 2, 9, 16], ['ip', 3, 18, 20]]);
});

test('stems after folding: a left quote stays, a full-width S folds and is stemmed', () => {
  assert.deepEqual(tokens('Bob‘s dogＳ cat＇s').map((t) => t[0]), ["bob'", 'dog', 'cat']);
});

test('reports the same positions through positionIncrement', () => {
  const result = analyze('the patent of the office');
  assert.deepEqual(result.map((t) => [t.term, t.position, t.positionIncrement]), [['patent', 1, 2], ['offic', 4, 3]]);
});

test('keyword fields keep the whole value, lower-cased, as one term', () => {
  assert.deepEqual(analyzeKeyword('EN').map((t) => t.term), ['en']);
  assert.deepEqual(analyzeKeyword('2021-11-01').map((t) => [t.term, t.position]), [['2021-11-01', 0]]);
});
