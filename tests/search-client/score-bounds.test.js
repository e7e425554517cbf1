// Large postings keep only their top freqs and norms in the term shard (format 4, ScoreSplit.cs):
// over the 2,000-record fixture, a broad query's first page is ranked from the kept postings and
// the bound of the rest, without the scores file, and is the page exact scores give; a page the
// bounds cannot settle loads the scores file and is exact too. Generate the fixture with
// tests/IprArchive.Parity/generate.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const exportDir = path.join(here, '.generated', 'queries-2000', 'search');
const skip = existsSync(path.join(exportDir, 'manifest.json')) ? false
  : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh`;

async function cold() {
  const fetchFn = fileFetch();
  const index = await openIndex(directoryUrl(exportDir), { fetch: fetchFn });
  return { index, scoreFiles: () => fetchFn.requests.filter((url) => url.includes('/f/')).length };
}

/** The same search with every entry's freqs and norms loaded first: the exact ranking. */
async function exact(query, options) {
  const { index } = await cold();
  const { upper } = await index.match(query, options);
  await index.search(query, options);
  const matched = index.lastMatch?.matched;
  await index.dictionary.complete(matched && 'partial' in matched ? matched.partial : []);
  index.lastMatch = null;
  const result = await index.search(query, options);
  return { result, hadBounds: upper !== null };
}

const summary = (result) => ({ total: result.total, hits: result.hits.map((h) => [h.url, h.score]) });

test('a broad word ranks its first page from the bounds, without the scores file, as exact scores do', { skip }, async () => {
  const { index, scoreFiles } = await cold();
  const result = await index.search('director', { facets: false });
  const truth = await exact('director', { facets: false });
  assert.ok(truth.hadBounds, 'the fixture splits the postings of "director"');
  assert.equal(scoreFiles(), 0);
  assert.deepEqual(summary(result), summary(truth.result));
});

test('pages the bounds cannot settle load the scores file and match exact scores', { skip }, async () => {
  for (const [query, options] of [
    ['director', { page: 40 }],
    ['director', { sort: 'date', page: 3 }],
    ['innovation OR director', {}],
    ['"state council"', {}],
  ]) {
    const { index } = await cold();
    const result = await index.search(query, { ...options, facets: false });
    const truth = await exact(query, { ...options, facets: false });
    assert.deepEqual(summary(result), summary(truth.result), `${query} ${JSON.stringify(options)}`);
  }
});
