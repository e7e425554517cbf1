// Column pages are fetched per hit range, not per archive. Runs over the bundled records exported
// with tiny pages (7 documents per type page, 5 per facet and day page: tests/IprArchive.Parity/generate.sh),
// so a narrow query touches a few pages out of many.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const exportDir = path.join(here, '.generated', 'queries-ipr-paged', 'search');
const skip = existsSync(path.join(exportDir, 'manifest.json')) ? false : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh`;
const manifest = skip ? null : JSON.parse(readFileSync(path.join(exportDir, 'manifest.json'), 'utf8'));

async function cold() {
  const fetchFn = fileFetch();
  const index = await openIndex(directoryUrl(exportDir), { fetch: fetchFn });
  const fetched = (/** @type {string} */ kind) => fetchFn.requests.filter((url) => url.includes(`/c/${kind}/`)).length;
  return { index, fetched };
}

test('the first results of a narrow query fetch the type pages of its hits and no facet data', { skip }, async () => {
  const { index, fetched } = await cold();
  const result = await index.search('brexit', { facets: false });
  assert.ok(result.total >= 1);
  assert.equal(result.facets, undefined);
  assert.ok(fetched('types') >= 1 && fetched('types') < manifest.columns.typePages.length, `${fetched('types')} type pages`);
  assert.equal(fetched('facets'), 0);
  assert.equal(fetched('days'), 0);
  assert.equal(fetched('values'), 0);
});

test('facet counts asked for after the results are those search gives, from the hit ranges only', { skip }, async () => {
  const { index, fetched } = await cold();
  await index.search('brexit', { facets: false });
  const facets = await index.facets('brexit');
  assert.ok(fetched('facets') >= 1 && fetched('facets') < manifest.columns.facetPages.length, `${fetched('facets')} facet pages`);
  assert.equal(fetched('values'), 1);
  const fresh = await (await cold()).index.search('brexit');
  assert.deepEqual(facets, fresh.facets);
});

test('a date range reads only the day pages where it starts and ends', { skip }, async () => {
  const { index, fetched } = await cold();
  const result = await index.search('intellectual', { from: '2019-01-01', to: '2020-12-31', facets: false });
  assert.ok(result.total > 0);
  assert.ok(result.hits.every((h) => h.date >= '2019-01-01' && h.date <= '2020-12-31'));
  assert.ok(fetched('days') <= 2, `${fetched('days')} day pages`);
  assert.ok(manifest.columns.dayPages.length > 2);
});

test('the year facet comes from document order, without facet pages', { skip }, async () => {
  const { index, fetched } = await cold();
  const all = await index.search('property', { facets: false });
  const year = all.hits[0].date.slice(0, 4);
  const filtered = await index.search('property', { filters: { year: [year] }, facets: false });
  assert.ok(filtered.total > 0 && filtered.hits.every((h) => h.date.startsWith(year)));
  assert.equal(fetched('facets'), 0);
});

test('a facet page that spans two type pages reads both type pages itself', { skip }, async () => {
  const { index, fetched } = await cold();
  const store = index.columns;
  const { typePageSize, facetPageSize } = manifest.columns;
  // A facet page whose documents straddle a type page boundary, with nothing loaded before.
  const page = Array.from({ length: manifest.columns.facetPages.length }, (_, i) => i)
    .find((i) => Math.floor((i * facetPageSize) / typePageSize) !== Math.floor(((i + 1) * facetPageSize - 1) / typePageSize));
  assert.notEqual(page, undefined);
  await store.loadFacets([page * facetPageSize]);
  assert.equal(fetched('types'), 2);
  for (let doc = page * facetPageSize; doc < Math.min((page + 1) * facetPageSize, manifest.docCount); doc++) {
    assert.ok(Array.isArray(store.facetValues('organization', doc)));
  }
});
