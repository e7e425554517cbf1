import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/search-client/standard-tokenizer.js';
import { cjkBigrams } from '../../src/search-client/cjk-bigrams.js';

/** @param {string} text */
const bigrams = (text) => cjkBigrams(tokenize(text)).map((t) => [t.text, t.type, t.start, t.end, t.positionIncrement]);

test('turns a run of Han characters into overlapping bigrams with their own offsets', () => {
  assert.deepEqual(bigrams('知识产权'), [
    ['知识', '<DOUBLE>', 0, 2, 1], ['识产', '<DOUBLE>', 1, 3, 1], ['产权', '<DOUBLE>', 2, 4, 1],
  ]);
});

test('keeps a lone CJK character as a unigram', () => {
  assert.deepEqual(bigrams('局'), [['局', '<SINGLE>', 0, 1, 1]]);
  assert.deepEqual(bigrams('国 家'), [['国', '<SINGLE>', 0, 1, 1], ['家', '<SINGLE>', 2, 3, 1]]);
});

test('a space or a non-CJK token ends a run', () => {
  assert.deepEqual(bigrams('知识产权 局').map((t) => t[0]), ['知识', '识产', '产权', '局']);
  assert.deepEqual(bigrams('中国abc日本'), [
    ['中国', '<DOUBLE>', 0, 2, 1], ['abc', '<ALPHANUM>', 2, 5, 1], ['日本', '<DOUBLE>', 5, 7, 1],
  ]);
});

test('bigrams Katakana and Hangul tokens by character, across adjacent CJK scripts', () => {
  assert.deepEqual(bigrams('한국특허청').map((t) => [t[0], t[2], t[3]]), [['한국', 0, 2], ['국특', 1, 3], ['특허', 2, 4], ['허청', 3, 5]]);
  assert.deepEqual(bigrams('アイ ウ').map((t) => t[0]), ['アイ', 'ウ']);
  assert.deepEqual(bigrams('日本カ').map((t) => t[0]), ['日本', '本カ']);
});

test('leaves non-CJK tokens untouched, including their position increments', () => {
  const input = tokenize(`${'x'.repeat(300)} word`);
  assert.deepEqual(cjkBigrams(input), input);
});
