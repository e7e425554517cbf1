#!/usr/bin/env node
// query-bytes.mjs: what a cold browser downloads, and how long the engine takes, per query.
//
//   node src/IprArchive.Bench/query-bytes.mjs SEARCH_DIR QUERIES.txt [--out FILE.json] [--page-size 10]
//
// SEARCH_DIR is a built site's search/ folder (manifest.json + shards). For every query a fresh
// index is opened with a counting file-system fetch (tests/search-client/fs-fetch.js), as a browser
// with an empty cache would: manifest + the term/position shards the query needs + the columns
// pages of the ranges holding hits + the result files of the first page; then, counted apart, the
// facet data for the counts that follow the first results. Bytes are the files as stored on disk (shards are
// gzip on disk, the manifest is plain JSON); HTTP headers are not counted.
// Times: cold = open + search in that fresh index; warm = one index opened once, queries in order;
// repeated = the same queries once more on that index, every shard in memory.
// The engine's own JavaScript is not part of a query's bytes; its size is reported beside them
// (plain and gzip -6; the modules every visit loads, and apart those loaded on demand) so the
// figures can be put next to Pagefind's, whose JS and wasm are counted.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import zlib from 'node:zlib';
import { openIndex } from '../search-client/index.js';
import { directoryUrl, fileFetch } from '../../tests/search-client/fs-fetch.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const [searchDir, queriesFile] = args;
if (!searchDir || !queriesFile) {
  console.error('usage: node src/IprArchive.Bench/query-bytes.mjs SEARCH_DIR QUERIES.txt [--out FILE.json] [--page-size 10]');
  process.exit(2);
}
const outFile = option('--out', null);
const pageSize = Number(option('--page-size', '10'));
const queries = readFileSync(queriesFile, 'utf8').split('\n').map((q) => q.trim()).filter(Boolean);
const baseUrl = directoryUrl(path.resolve(searchDir));

/** The part of the export a request belongs to, named after the export's folders (docs/search-format.md). */
const FOLDERS = { s: 'shard-table', t: 'terms', p: 'positions', c: 'columns', d: 'documents' };
const partOf = (url) => {
  const relative = url.slice(baseUrl.length);
  if (relative === 'manifest.json') return 'manifest';
  const folder = relative.split('/')[0];
  return FOLDERS[folder] ?? folder;
};
const sizes = new Map();
const sizeOf = (url) => {
  if (!sizes.has(url)) sizes.set(url, statSync(fileURLToPath(url)).size);
  return sizes.get(url);
};

async function coldQuery(query) {
  const fetchFn = fileFetch();
  const started = performance.now();
  const index = await openIndex(baseUrl, { fetch: fetchFn });
  const result = await index.search(query, { pageSize, facets: false });
  const ms = performance.now() - started;
  // The first results are what a reader waits for; the facet counts follow (the page shows the
  // results first), and their bytes and time are counted apart.
  const first = fetchFn.requests.length;
  await index.facets(query);
  const facetsMs = performance.now() - started - ms;
  const firstRequests = fetchFn.requests.slice(0, first);
  const facetRequests = fetchFn.requests.slice(first);
  const sum = (/** @type {string[]} */ urls) => urls.reduce((total, url) => total + sizeOf(url), 0);
  const parts = {};
  for (const url of firstRequests) parts[partOf(url)] = (parts[partOf(url)] ?? 0) + sizeOf(url);
  const files = firstRequests.map((url) => url.slice(baseUrl.length));
  return {
    query, total: result.total, error: result.error ?? null, bytes: sum(firstRequests), requests: files.length, parts, ms, files,
    facet_bytes: sum(facetRequests), bytes_with_facets: sum(firstRequests) + sum(facetRequests), facets_ms: facetsMs,
  };
}

/**
 * One index opened once: `warm` times each query on it in turn (the shards it needs may still be
 * fetched), `repeat` times the same queries again, with every shard in memory (a new query is
 * evaluated each time; the last query's matches are not reused).
 */
async function warmTimes(list) {
  const index = await openIndex(baseUrl, { fetch: fileFetch() });
  const pass = async () => {
    const times = [];
    for (const query of list) {
      index.lastMatch = null;
      const started = performance.now();
      await index.search(query, { pageSize, facets: false });
      times.push(performance.now() - started);
    }
    return times;
  };
  const warm = await pass();
  return { warm, repeat: await pass() };
}

/**
 * The engine's modules as a browser would download them: those index.js imports (directly or
 * through other modules), which every visit loads, and apart those fetched only when a query or
 * a result needs them (dynamic import(), such as the ASCII folding data).
 */
function engineJs() {
  const dir = fileURLToPath(new URL('../search-client/', import.meta.url));
  const loaded = new Set();
  const visit = (file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, imported] of source.matchAll(/^import[^'"]*['"]\.\/([\w-]+\.js)['"]/gm)) visit(imported);
  };
  visit('index.js');
  const all = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const sizes = (files) => ({
    files: files.length,
    bytes: files.reduce((a, f) => a + readFileSync(path.join(dir, f)).length, 0),
    gzip_bytes: files.reduce((a, f) => a + zlib.gzipSync(readFileSync(path.join(dir, f)), { level: 6 }).length, 0),
  });
  return { ...sizes([...loaded]), on_demand: { ...sizes(all.filter((f) => !loaded.has(f))), names: all.filter((f) => !loaded.has(f)) } };
}

// Nearest-rank percentile, as Anchors/browser-query-bytes.mjs computes it, so medians compare.
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

const rows = [];
for (const query of queries) rows.push(await coldQuery(query));
const { warm, repeat } = await warmTimes(queries);
const column = (key) => rows.map((r) => r[key]);
const partNames = [...new Set(rows.flatMap((r) => Object.keys(r.parts)))].sort();
const summary = {
  queries: rows.length,
  page_size: pageSize,
  zero_hit_queries: rows.filter((r) => r.total === 0).length,
  error_queries: rows.filter((r) => r.error).length,
  bytes: { median: percentile(column('bytes'), 50), p90: percentile(column('bytes'), 90), max: Math.max(...column('bytes')) },
  bytes_with_facets: { median: percentile(column('bytes_with_facets'), 50), p90: percentile(column('bytes_with_facets'), 90), max: Math.max(...column('bytes_with_facets')) },
  median_bytes_by_part: Object.fromEntries(partNames.map((p) => [p, percentile(rows.map((r) => r.parts[p] ?? 0), 50)])),
  requests_median: percentile(column('requests'), 50),
  cold_ms: { median: percentile(column('ms'), 50), p90: percentile(column('ms'), 90) },
  facets_ms: { median: percentile(column('facets_ms'), 50), p90: percentile(column('facets_ms'), 90) },
  warm_ms: { median: percentile(warm, 50), p90: percentile(warm, 90) },
  repeat_ms: { median: percentile(repeat, 50), p90: percentile(repeat, 90) },
  engine_js: engineJs(),
  node: process.version,
};
if (outFile) writeFileSync(outFile, JSON.stringify({ summary, rows, warm_ms: warm, repeat_ms: repeat }, null, 1));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${summary.queries} queries (${summary.zero_hit_queries} without hits): cold bytes to the first results median ${kib(summary.bytes.median)}, `
  + `p90 ${kib(summary.bytes.p90)}, max ${kib(summary.bytes.max)}; with the facet counts median ${kib(summary.bytes_with_facets.median)}, `
  + `p90 ${kib(summary.bytes_with_facets.p90)}; by part ${partNames.map((p) => `${p} ${kib(summary.median_bytes_by_part[p])}`).join(', ')}; `
  + `cold ms median ${summary.cold_ms.median.toFixed(1)}, warm ms median ${summary.warm_ms.median.toFixed(1)}, `
  + `repeated ms median ${summary.repeat_ms.median.toFixed(1)} p90 ${summary.repeat_ms.p90.toFixed(1)}`);
