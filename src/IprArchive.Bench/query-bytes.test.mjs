// query-bytes.mjs over the five-record parity export (tests/IprArchive.Parity/sample-corpus):
// the bytes it reports must be the files a cold query really reads from disk.
//   node --test src/IprArchive.Bench/
// Generate the export first (tests/run.sh does): see the top of tests/search-client/engine.test.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const exportDir = path.join(here, '..', '..', 'tests', 'search-client', '.generated', 'queries-sample', 'search');
const skip = existsSync(path.join(exportDir, 'manifest.json')) ? false : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh`;

/** Runs the runner on `queries` and returns its JSON (summary + rows). */
function run(queries) {
  const dir = mkdtempSync(path.join(tmpdir(), 'query-bytes-'));
  writeFileSync(path.join(dir, 'queries.txt'), `${queries.join('\n')}\n`);
  const out = path.join(dir, 'rows.json');
  execFileSync(process.execPath, [path.join(here, 'query-bytes.mjs'), exportDir, path.join(dir, 'queries.txt'), '--out', out], { stdio: 'pipe' });
  return JSON.parse(readFileSync(out, 'utf8'));
}

const size = (relative) => statSync(path.join(exportDir, relative)).size;
const folderSizes = (folder) => readdirSync(path.join(exportDir, folder)).map((f) => size(path.join(folder, f)));

test('a query without hits costs the manifest, one term shard and its shard-table page: no column page, no result file', { skip }, async () => {
  const { rows: [row] } = run(['zzzzunknownword']);
  assert.equal(row.total, 0);
  assert.equal(row.parts.documents ?? 0, 0);
  assert.equal(row.parts.columns ?? 0, 0);
  assert.equal(row.facet_bytes, 0);
  assert.equal(row.parts.manifest, size('manifest.json'));
  assert.equal(row.bytes, Object.values(row.parts).reduce((a, b) => a + b, 0), 'the parts add up to the total');
});

test('a query with hits also pays for its result data, and every byte counted is a file as stored', { skip }, async () => {
  const { rows: [row] } = run(['Gurry']);
  assert.ok(row.total >= 2, `Gurry is in at least two sample records (found ${row.total})`);
  assert.ok(row.parts.documents > 0, 'result data was fetched');
  assert.equal(new Set(row.files).size, row.files.length, 'no file is fetched twice');
  assert.equal(row.bytes, row.files.reduce((sum, f) => sum + size(f), 0), 'bytes = sizes on disk of the files fetched');
  assert.equal(row.bytes, Object.values(row.parts).reduce((a, b) => a + b, 0));
  assert.equal(row.parts.columns, folderSizes('c/types').reduce((a, b) => a + b, 0), 'the first results need the one type page');
  const facetData = folderSizes('c/facets')[0] + folderSizes('c/values')[0];
  assert.equal(row.facet_bytes, facetData, 'the counts that follow need the one facet page and the value table');
  assert.equal(row.bytes_with_facets, row.bytes + row.facet_bytes);
});

test('the summary gives nearest-rank percentiles over the queries and the engine JS size', { skip }, async () => {
  const { summary, rows } = run(['zzzzunknownword', 'Gurry', 'patent', 'quality']);
  const bytes = rows.map((r) => r.bytes).sort((a, b) => a - b);
  assert.equal(summary.queries, 4);
  assert.equal(summary.zero_hit_queries, 1);
  assert.equal(summary.bytes.median, bytes[1], 'median of 4 by nearest rank is the 2nd smallest');
  assert.equal(summary.bytes.p90, bytes[3]);
  assert.equal(summary.bytes.max, bytes[3]);
  assert.ok(summary.engine_js.bytes > summary.engine_js.gzip_bytes && summary.engine_js.gzip_bytes > 0);
  assert.ok(summary.warm_ms.median >= 0 && summary.cold_ms.median > 0);
});
