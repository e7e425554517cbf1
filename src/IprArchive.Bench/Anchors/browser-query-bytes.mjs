#!/usr/bin/env node
// browser-query-bytes.mjs: what a cold browser downloads, and how long it waits, per query, for
// either engine, counted the same way.
//
//   node browser-query-bytes.mjs --engine iprarchive|pagefind SITE_DIR QUERIES.txt [--limit 200] [--out FILE.json]
//
// SITE_DIR is a built site (ours: output/ with assets/search/ and search/; Pagefind's: Hugo's
// public/ with pagefind/). A small static server on 127.0.0.1 counts every body byte it sends.
// For each query a fresh browser context (empty cache) opens a blank page (not counted) and runs
// the engine's own JavaScript API as a site's search page would:
//   iprarchive: openIndex('/search/') then search(q, { pageSize: 10, facets: false }) (the page's
//               10 results); then, counted apart as facet_bytes_gz, index.facets(q): the facet
//               counts the search page fills in after showing the results
//   pagefind:   init() then search(q) then data() of the first 5 results (its default UI shows 5)
// Bytes: "stored" = files as each tool writes them (our shards and Pagefind's .pf_* and wasm are
// gzip on disk; .js/.json are plain); "gz" = the same with .js/.json counted at gzip -6, what a
// server with transport compression sends. Headers are not counted. cold ms = that whole run in
// the fresh context, over loopback; warm ms = one page that ran every query before, queries again.
// Needs playwright-core (npm, in ./tools) and Chromium (Debian's /usr/bin/chromium, or $CHROMIUM).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const named = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const engine = named('--engine', 'iprarchive');
const [siteArg, queriesFile] = positional;
if (!siteArg || !queriesFile || !['iprarchive', 'pagefind'].includes(engine)) {
  console.error('usage: node browser-query-bytes.mjs --engine iprarchive|pagefind SITE_DIR QUERIES.txt [--limit N] [--out FILE.json]');
  process.exit(2);
}
const site = path.resolve(siteArg);
const limit = Number(named('--limit', '200'));
const queries = readFileSync(queriesFile, 'utf8').split('\n').map((q) => q.trim()).filter(Boolean).slice(0, limit);
const { chromium } = createRequire(new URL('./tools/', import.meta.url))('playwright-core');

/** Which part of a tool's output a request is, to report the median bytes by part. */
function partOf(url) {
  if (engine === 'pagefind') {
    const name = url.split('/').pop();
    if (name.endsWith('.js')) return name.replace(/\.js$/, '');
    if (name.startsWith('wasm.')) return 'wasm';
    const ext = name.split('.').pop();
    return ext.startsWith('pf_') ? ext : name;
  }
  if (url.startsWith('/assets/search/')) return 'engine-js';
  const folder = url.slice('/search/'.length).split('/')[0];
  return { s: 'shard-table', t: 'terms', p: 'positions', c: 'columns', d: 'documents', 'manifest.json': 'manifest' }[folder] ?? folder;
}

const gzipped = new Map();
let sent = null;
let pending = 0;
const server = http.createServer(async (request, response) => {
  const url = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (url === '/blank.html') {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    return;
  }
  const file = path.join(site, url);
  if (!file.startsWith(site + path.sep)) return response.writeHead(403).end();
  pending++;
  try {
    const body = await readFile(file);
    const plain = /\.(js|mjs|json)$/.test(file);
    const type = plain ? (file.endsWith('.json') ? 'application/json' : 'text/javascript') : file.endsWith('.wasm') || url.includes('/wasm.') ? 'application/wasm' : 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'content-length': body.length });
    response.end(body);
    if (sent) {
      if (plain && !gzipped.has(file)) gzipped.set(file, zlib.gzipSync(body, { level: 6 }).length);
      sent.push({ url, part: partOf(url), stored: body.length, gz: plain ? gzipped.get(file) : body.length });
    }
  } catch {
    response.writeHead(404).end();
  } finally {
    pending--;
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const settle = async () => { while (pending > 0) await new Promise((r) => setTimeout(r, 10)); };

/** Runs in the page: one query through the engine's public API; returns hits and times. */
async function runQuery([engineName, query]) {
  const started = performance.now();
  let hits;
  if (engineName === 'pagefind') {
    const pagefind = globalThis.__pagefind ??= await import('/pagefind/pagefind.js');
    await pagefind.init();
    const found = await pagefind.search(query);
    await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    hits = found.results.length;
  } else {
    const { openIndex } = await import('/assets/search/index.js');
    const index = globalThis.__index ??= await openIndex('/search/');
    // The first results; the search page asks for the facet counts after showing them.
    const found = await index.search(query, { pageSize: 10, facets: false });
    hits = found.total;
  }
  return { hits, ms: performance.now() - started };
}

/** Runs in the page after runQuery: the facet counts our search page fills in after the results. */
async function runFacets(query) {
  const started = performance.now();
  await globalThis.__index.facets(query);
  return performance.now() - started;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const spread = (values) => ({ median: percentile(values, 50), p90: percentile(values, 90), max: Math.max(...values) });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const rows = [];
for (const query of queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/blank.html`);
  sent = [];
  const { hits, ms } = await page.evaluate(runQuery, [engine, query]);
  await settle();
  const first = sent.length;
  const facetsMs = engine === 'pagefind' ? 0 : await page.evaluate(runFacets, query);
  await settle();
  const facetRequests = sent.slice(first);
  sent = sent.slice(0, first);
  const parts = {};
  for (const r of sent) parts[r.part] = (parts[r.part] ?? 0) + r.stored;
  rows.push({
    query, hits, ms, requests: sent.length, bytes_stored: sent.reduce((a, r) => a + r.stored, 0), bytes_gz: sent.reduce((a, r) => a + r.gz, 0), parts,
    facet_bytes_gz: facetRequests.reduce((a, r) => a + r.gz, 0), facets_ms: facetsMs,
  });
  sent = null;
  await context.close();
}

// Warm: one page; every query once to load what it needs, then the timed pass.
const warmContext = await browser.newContext();
const warmPage = await warmContext.newPage();
await warmPage.goto(`${origin}/blank.html`);
for (const query of queries) await warmPage.evaluate(runQuery, [engine, query]);
const warm = [];
for (const query of queries) warm.push((await warmPage.evaluate(runQuery, [engine, query])).ms);
const version = browser.version();
await browser.close();
server.close();

const partNames = [...new Set(rows.flatMap((r) => Object.keys(r.parts)))].sort();
const summary = {
  engine,
  queries: rows.length,
  zero_hit_queries: rows.filter((r) => r.hits === 0).length,
  bytes_stored: spread(rows.map((r) => r.bytes_stored)),
  bytes_gz: spread(rows.map((r) => r.bytes_gz)),
  median_bytes_by_part: Object.fromEntries(partNames.map((p) => [p, percentile(rows.map((r) => r.parts[p] ?? 0), 50)])),
  requests_median: percentile(rows.map((r) => r.requests), 50),
  cold_ms: spread(rows.map((r) => r.ms)),
  facet_bytes_gz: spread(rows.map((r) => r.facet_bytes_gz)),
  facets_ms: spread(rows.map((r) => r.facets_ms)),
  warm_ms: spread(warm),
  chromium: version,
  node: process.version,
};
const out = named('--out', null);
if (out) writeFileSync(out, JSON.stringify({ summary, rows, warm_ms: warm }, null, 1));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${engine}: ${rows.length} queries in Chromium ${version}: cold bytes (JS gzip) median ${kib(summary.bytes_gz.median)}, p90 ${kib(summary.bytes_gz.p90)}; `
  + `cold ms median ${summary.cold_ms.median.toFixed(1)}, warm ms median ${summary.warm_ms.median.toFixed(1)}`);
