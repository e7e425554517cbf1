import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripPossessive, lowerCase, foldToAscii, removeStopWords, ENGLISH_STOP_WORDS, loadFoldings } from '../../src/search-client/english-filters.js';

// The folding data is fetched on demand (prepareAnalysis); these tests analyze text directly.
await loadFoldings();

test("strips a trailing 's after ', ’ or ＇ (either case of s), nothing else", () => {
  assert.equal(stripPossessive("China's"), 'China');
  assert.equal(stripPossessive('China’s'), 'China');
  assert.equal(stripPossessive('CHINA＇S'), 'CHINA');
  assert.equal(stripPossessive('Bob‘s'), 'Bob‘s');
  assert.equal(stripPossessive("don't"), "don't");
  assert.equal(stripPossessive("'s"), '');
  assert.equal(stripPossessive('s'), 's');
});

test('lower-cases one code point at a time, like Lucene.Net under the invariant culture', () => {
  assert.equal(lowerCase('ÀÉÎÕÜ ΣΑΣ ПАТЕНТ'), 'àéîõü σασ патент');
  assert.equal(lowerCase('İ'), 'İ');
  assert.equal(lowerCase('𐐀'), '𐐨');
  assert.equal(lowerCase('ＡＢＣ'), 'ａｂｃ');
});

test('folds accented Latin letters, ligatures, full-width forms and typographic punctuation to ASCII', () => {
  assert.equal(foldToAscii('antónio łódź æsir ﬁling straße'), 'antonio lodz aesir filing strasse');
  assert.equal(foldToAscii('ａｂｃ１２３'), 'abc123');
  assert.equal(foldToAscii('‘’“”–—'), '\'\'""--');
  assert.equal(foldToAscii('ǆ ĳ œ ð þ ø'), 'dz ij oe d th o');
  assert.equal(foldToAscii('½ 中 Ω'), '½ 中 Ω');
});

test('has the 33 stop words of EnglishAnalyzer', () => {
  assert.equal(ENGLISH_STOP_WORDS.size, 33);
  for (const word of ['a', 'the', 'of', 'such', 'will', 'with', 'into', 'their']) assert.ok(ENGLISH_STOP_WORDS.has(word), word);
  for (const word of ['i', 'we', 'has', 'from']) assert.ok(!ENGLISH_STOP_WORDS.has(word), word);
});

test('removes stop words and adds their positions to the next token', () => {
  const token = (/** @type {string} */ text, positionIncrement = 1) => ({ text, start: 0, end: 0, positionIncrement });
  const kept = removeStopWords([token('the'), token('cat'), token('of'), token('the'), token('house', 2), token('a')]);
  assert.deepEqual(kept.map((t) => [t.text, t.positionIncrement]), [['cat', 2], ['house', 4]]);
});
