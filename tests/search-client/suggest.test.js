// "Did you mean" for a search that finds nothing: the closest indexed terms, from the term shard
// the query already fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { editDistance, suggestTerms } from '../../src/search-client/suggest.js';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

test('edit distance counts insertions, deletions, substitutions and a swap of neighbours as one', () => {
  assert.equal(editDistance('patent', 'patent', 2), 0);
  assert.equal(editDistance('patnet', 'patent', 2), 1, 'swapped neighbours');
  assert.equal(editDistance('paten', 'patent', 2), 1);
  assert.equal(editDistance('pbtent', 'patent', 2), 1);
  assert.equal(editDistance('trade', 'brand', 2), 3, 'past the budget: budget + 1');
});

const here = path.dirname(fileURLToPath(import.meta.url));
const exportDir = path.join(here, '.generated', 'queries-ipr', 'search');
const skip = existsSync(path.join(exportDir, 'manifest.json')) ? false : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh`;

test('a misspelt word that finds nothing gets the indexed words nearest to it, the closest first', { skip }, async () => {
  const index = await openIndex(directoryUrl(exportDir), { fetch: fileFetch() });
  assert.equal((await index.search('trademrak')).total, 0);
  const suggestions = await suggestTerms(index, 'trademrak');
  assert.deepEqual(suggestions[0], { word: 'trademrak', term: 'trademark', distance: 1 });
  assert.ok((await index.search(suggestions[0].term)).total > 0, 'the suggestion finds records');
  assert.equal((await suggestTerms(index, 'copyrihgt law'))[0].term, 'copyright');
});

test('words the index has, operators and field names get no suggestion', { skip }, async () => {
  const index = await openIndex(directoryUrl(exportDir), { fetch: fileFetch() });
  assert.deepEqual(await suggestTerms(index, 'patent AND trademark'), []);
  assert.deepEqual(await suggestTerms(index, 'speaker:nobody'), []);
});
