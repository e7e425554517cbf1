// The ASCII folding data is a module of its own, fetched only when a text has a character that
// may fold: these tests run in a process where nothing has loaded it yet.
import test from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { MAY_FOLD, foldToAscii, needsFoldingData } from '../../src/search-client/english-filters.js';
import { analyze, prepareAnalysis } from '../../src/search-client/analysis.js';
import { openIndex } from '../../src/search-client/index.js';
import { ASCII_FOLDINGS } from '../../src/search-client/ascii-folding-data.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

const generated = fileURLToPath(new URL('./.generated/', import.meta.url));

test('every character the folding data changes is one MAY_FOLD finds (else text with it would skip the data)', () => {
  const missed = [];
  for (const [, chars] of ASCII_FOLDINGS) {
    for (const part of chars.split(' ')) {
      const [first, last = first] = part.split('-').map((hex) => parseInt(hex, 16));
      for (let cp = first; cp <= last; cp++) if (!MAY_FOLD.test(String.fromCharCode(cp))) missed.push(cp.toString(16));
    }
  }
  assert.deepEqual(missed, []);
});

test('text with only common foldable characters (Latin-1 letters, curly quotes, dashes, full-width forms) folds without the data', () => {
  assert.equal(needsFoldingData('António’s “café” – ，专利'), false);
  assert.equal(foldToAscii('António’s “café” – ，'), 'Antonio\'s "cafe" - ,');
  assert.equal(needsFoldingData('Łódź'), true);
});

test('before the data is loaded text that may fold is refused, not left unfolded; a search loads the data itself', async () => {
  assert.deepEqual(analyze('Patent offices').map((t) => t.term), ['patent', 'offic']);
  assert.deepEqual(analyze('专利').map((t) => t.term), ['专利']);
  assert.throws(() => foldToAscii('Łódź'), /folding data is not loaded/);
  const index = await openIndex(directoryUrl(path.join(generated, 'queries-sample', 'search')), { fetch: fileFetch() });
  const plain = await index.search('Antonio', { facets: false });
  const accented = await index.search('Antōnio', { facets: false });
  assert.ok(plain.total > 0);
  assert.deepEqual(accented.hits.map((h) => h.url), plain.hits.map((h) => h.url));
  assert.equal(foldToAscii('Łódź'), 'Lodz');
});

test('prepareAnalysis over texts one of which may fold loads the data', async () => {
  await prepareAnalysis(['plain words', 'Łódź']);
  assert.equal(foldToAscii('Ærø ŀ'), 'AEro l');
});

test("the common foldings the engine keeps are the data's, character for character", async () => {
  const data = new Map();
  for (const [replacement, chars] of ASCII_FOLDINGS) {
    for (const part of chars.split(' ')) {
      const [first, last = first] = part.split('-').map((hex) => parseInt(hex, 16));
      for (let cp = first; cp <= last; cp++) data.set(String.fromCharCode(cp), replacement);
    }
  }
  const common = [...data].filter(([ch]) => !needsFoldingData(ch));
  assert.ok(common.length > 150, `${common.length} common foldings`);
  for (const [ch, replacement] of common) assert.equal(foldToAscii(ch), replacement, `U+${ch.charCodeAt(0).toString(16)}`);
});
