// Bytes a cold browser downloads per query from the static export: manifest + the shards the query
// needs + the result files of the first page (10 hits), as stored (gzip files counted as stored;
// manifest.json plain). Each query runs against a freshly opened index (empty cache).
//   node tests/IprArchive.Parity/cold-bytes.mjs EXPORT_DIR QUERIES.txt [--json OUT]
// QUERIES.txt: one query per line (the bench's `corpus` command writes DIR/queries.txt).
import { readFileSync, writeFileSync } from 'node:fs';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from '../search-client/fs-fetch.js';

const [exportDir, queriesFile, flag, jsonOut] = process.argv.slice(2);
if (!exportDir || !queriesFile) {
  console.error('usage: node cold-bytes.mjs EXPORT_DIR QUERIES.txt [--json OUT]');
  process.exit(2);
}
const queries = readFileSync(queriesFile, 'utf8').split('\n').map((q) => q.trim()).filter(Boolean);
const rows = [];
for (const query of queries) {
  const fetchFn = fileFetch();
  const started = performance.now();
  const index = await openIndex(directoryUrl(exportDir), { fetch: fetchFn });
  const result = await index.search(query, { pageSize: 10 });
  rows.push({ query, bytes: fetchFn.bytes, requests: fetchFn.requests.length, total: result.total, ms: performance.now() - started, parts: fetchFn.parts });
}
const sorted = (key) => rows.map((r) => r[key]).sort((a, b) => a - b);
const pct = (values, p) => values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const kib = (n) => (n / 1024).toFixed(1);
const bytes = sorted('bytes');
const requests = sorted('requests');
console.log(`${rows.length} queries, cold bytes KiB median ${kib(pct(bytes, 50))} p90 ${kib(pct(bytes, 90))} max ${kib(bytes.at(-1))}; `
  + `requests median ${pct(requests, 50)}; zero-hit ${rows.filter((r) => r.total === 0).length}; ms median ${pct(sorted('ms'), 50).toFixed(1)}`);
const parts = ['manifest', 'table', 'columns', 'terms', 'positions', 'documents'];
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log('median KiB by part: ' + parts.map((p) => `${p} ${kib(median(rows.map((r) => r.parts[p] ?? 0)))}`).join(', '));
if (flag === '--json' && jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
