// Expected values are Lucene.Net 4.8 StandardTokenizer's output for the same strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/search-client/standard-tokenizer.js';

/** @param {string} text */
const tokens = (text) => tokenize(text).map((t) => [t.text, t.type, t.start, t.end]);

test('keeps numbers with thousands separators and decimals whole, drops the percent sign', () => {
  assert.deepEqual(tokens('Revenue rose 1,234.5 or 14.1% to 60.52'), [
    ['Revenue', '<ALPHANUM>', 0, 7], ['rose', '<ALPHANUM>', 8, 12], ['1,234.5', '<NUM>', 13, 20],
    ['or', '<ALPHANUM>', 21, 23], ['14.1', '<NUM>', 24, 28], ['to', '<ALPHANUM>', 30, 32], ['60.52', '<NUM>', 33, 38],
  ]);
});

test('keeps apostrophes and inner dots, splits at hyphens, keeps underscores', () => {
  assert.deepEqual(tokens("China's don't U.S. e-mail foo_bar"), [
    ["China's", '<ALPHANUM>', 0, 7], ["don't", '<ALPHANUM>', 8, 13], ['U.S', '<ALPHANUM>', 14, 17],
    ['e', '<ALPHANUM>', 19, 20], ['mail', '<ALPHANUM>', 21, 25], ['foo_bar', '<ALPHANUM>', 26, 33],
  ]);
});

test('does not keep e-mail addresses or URLs whole', () => {
  assert.deepEqual(tokens('mail a@b.com http://x.org/a').map((t) => t[0]), ['mail', 'a', 'b.com', 'http', 'x.org', 'a']);
});

test('gives each Han and Hiragana character its own token, Katakana and Hangul runs one token', () => {
  assert.deepEqual(tokens('中国 カタカナ 한국어 ひらがな ภาษาไทย'), [
    ['中', '<IDEOGRAPHIC>', 0, 1], ['国', '<IDEOGRAPHIC>', 1, 2], ['カタカナ', '<KATAKANA>', 3, 7],
    ['한국어', '<HANGUL>', 8, 11], ['ひ', '<HIRAGANA>', 12, 13], ['ら', '<HIRAGANA>', 13, 14],
    ['が', '<HIRAGANA>', 14, 15], ['な', '<HIRAGANA>', 15, 16], ['ภาษาไทย', '<SOUTHEAST_ASIAN>', 17, 24],
  ]);
});

test('measures offsets in UTF-16 units (a supplementary ideograph spans two)', () => {
  assert.deepEqual(tokens('𠀀x'), [['𠀀', '<IDEOGRAPHIC>', 0, 2], ['x', '<ALPHANUM>', 2, 3]]);
});

test('joins letters and digits, letters around a colon, and splits dates and times', () => {
  assert.deepEqual(tokens('ab1 3.5x a:b 2021-11-01 12:30'), [
    ['ab1', '<ALPHANUM>', 0, 3], ['3.5x', '<ALPHANUM>', 4, 8], ['a:b', '<ALPHANUM>', 9, 12],
    ['2021', '<NUM>', 13, 17], ['11', '<NUM>', 18, 20], ['01', '<NUM>', 21, 23], ['12', '<NUM>', 24, 26], ['30', '<NUM>', 27, 29],
  ]);
});

test('drops punctuation such as curly quotes, non-breaking hyphens and ampersands', () => {
  assert.deepEqual(tokens('COVID‑19 “quoted” naïve R&D O’Brien').map((t) => t[0]), ['COVID', '19', 'quoted', 'naïve', 'R', 'D', 'O’Brien']);
});

test('skips a token longer than 255 characters and counts it in the next position increment', () => {
  const result = tokenize(`${'x'.repeat(256)} next ${'y'.repeat(255)}`);
  assert.deepEqual(result.map((t) => [t.text.length, t.start, t.positionIncrement]), [[4, 257, 2], [255, 262, 1]]);
});

test('returns nothing for empty text or text without words', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' — !? '), []);
});
