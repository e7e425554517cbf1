// The timeline of matches per year: every year of the archive's range, zero years included, from
// doc order alone (the manifest's first doc id of each year); and the engine returns it with hits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ColumnStore } from '../../src/search-client/columns.js';
import { countTimeline } from '../../src/search-client/timeline.js';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

/** A store whose 10 documents are dated 2018 (0–3), 2021 (4–8) and 2022 (9): 2019 and 2020 have none. */
const store = new ColumnStore(/** @type {any} */ ({ years: [[2018, 0], [2021, 4], [2022, 9]] }), 10, async () => new Uint8Array());

test('every year of the range is counted, the years without documents as zero, oldest first', () => {
  const timeline = countTimeline(store, Int32Array.from([1, 3, 4, 8, 9]));
  assert.deepEqual(Object.entries(timeline), [['2018', 2], ['2019', 0], ['2020', 0], ['2021', 2], ['2022', 1]]);
});

test('no match gives a zero for every year; an archive without documents has no years', () => {
  assert.deepEqual(countTimeline(store, []), { 2018: 0, 2019: 0, 2020: 0, 2021: 0, 2022: 0 });
  const empty = new ColumnStore(/** @type {any} */ ({ years: [] }), 0, async () => new Uint8Array());
  assert.deepEqual(countTimeline(empty, []), {});
});

const here = path.dirname(fileURLToPath(import.meta.url));
const exportDir = path.join(here, '.generated', 'queries-sample', 'search');
const missing = existsSync(path.join(exportDir, 'manifest.json')) ? false : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh`;

test('a search returns its timeline, which adds up to the total and ignores paging', { skip: missing }, async () => {
  const index = await openIndex(directoryUrl(exportDir), { fetch: fileFetch() });
  const result = await index.search('patent', { pageSize: 1, facets: false });
  const counts = Object.values(result.timeline);
  assert.equal(counts.reduce((a, b) => a + b, 0), result.total);
  const years = Object.keys(result.timeline).map(Number);
  assert.deepEqual(years, years.map((_, i) => years[0] + i), 'consecutive years');
  assert.deepEqual((await index.search('AND', {})).timeline, {}, 'a query that cannot be understood has no timeline');
});
