// Ranking parity: the JS engine must return Lucene.Net's documents, in Lucene's order, with scores
// within 1e-4, for every generated query (and the same totals, quotation counts, facet counts,
// snippets, anchors, timelines (matches per year, zero years included), alias notes (SIPO: former name of CNIPA) and, for quotations, type, credit and event). Fixtures come from
// tests/IprArchive.Parity/generate.sh (tests/run.sh runs it): the five sample records, the real
// records, and 2,000 records from the bench's corpus generator with over 1,000 queries. A missing
// fixture fails, never skips: parity at scale is what this file is for.
// PARITY_QUERIES=dir1,dir2 overrides the default fixture folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaults = ['queries-sample', 'queries-ipr', 'queries-ipr-paged', 'queries-2000'].map((d) => path.join(here, '.generated', d));
const folders = process.env.PARITY_QUERIES ? process.env.PARITY_QUERIES.split(',') : defaults;
const TOLERANCE = 1e-4;
/** Fewest queries a fixture must hold: the generated 2,000-record corpus is checked with over a thousand. */
const minimumQueries = (folder) => (path.basename(folder) === 'queries-2000' ? 1000 : 500);

/**
 * Differences between Lucene's expected result and the engine's, as readable lines.
 * @param {any} expected @param {import('../../src/search-client/index.js').SearchResult} actual
 */
export function compare(expected, actual) {
  if (expected.error || actual.error) {
    return Boolean(expected.error) === Boolean(actual.error) ? []
      : [`error: lucene ${JSON.stringify(expected.error ?? null)} js ${JSON.stringify(actual.error ?? null)}`];
  }
  const problems = [];
  if ((expected.understood ?? null) !== (actual.understood ?? null)) {
    problems.push(`understood: lucene ${JSON.stringify(expected.understood)} js ${JSON.stringify(actual.understood)}`);
  }
  if (expected.total !== actual.total) problems.push(`total: lucene ${expected.total} js ${actual.total}`);
  if (expected.quotations !== undefined && expected.quotations !== actual.quotations) {
    problems.push(`quotations: lucene ${expected.quotations} js ${actual.quotations}`);
  }
  const rows = Math.max(expected.hits.length, actual.hits.length);
  for (let i = 0; i < rows; i++) {
    const e = expected.hits[i];
    const a = actual.hits[i];
    if (!e || !a || e.url !== a.url || Math.abs(e.score - a.score) > TOLERANCE) {
      problems.push(`#${i + 1}: lucene ${e?.url} ${e?.score} js ${a?.url} ${a?.score}`);
    } else if (e.snippet !== undefined && (e.snippet !== a.snippet || e.anchor !== a.anchor)) {
      problems.push(`#${i + 1} snippet: lucene ${e.anchor} ${e.snippet}\n      js     ${a.anchor} ${a.snippet}`);
    } else if (e.type !== undefined && (e.type !== a.type || (e.credit ?? null) !== (a.credit ?? null) || (e.event ?? null) !== (a.event ?? null))) {
      problems.push(`#${i + 1} quotation: lucene ${e.type} ${e.credit} ${e.event} js ${a.type} ${a.credit} ${a.event}`);
    }
  }
  for (const [facet, counts] of Object.entries(expected.facets)) {
    const mine = actual.facets[facet] ?? {};
    const same = Object.keys(counts).length === Object.keys(mine).length && Object.entries(counts).every(([v, n]) => mine[v] === n);
    if (!same) problems.push(`facet ${facet}: lucene ${JSON.stringify(counts)} js ${JSON.stringify(mine)}`);
  }
  if (expected.timeline !== undefined && JSON.stringify(Object.entries(expected.timeline)) !== JSON.stringify(Object.entries(actual.timeline ?? {}))) {
    problems.push(`timeline: lucene ${JSON.stringify(expected.timeline)} js ${JSON.stringify(actual.timeline)}`);
  }
  if (JSON.stringify(expected.aliases ?? []) !== JSON.stringify(actual.aliases ?? [])) {
    problems.push(`aliases: lucene ${JSON.stringify(expected.aliases)} js ${JSON.stringify(actual.aliases)}`);
  }
  return problems;
}

for (const folder of folders) {
  const fixture = path.join(folder, 'queries.json');
  test(`JS engine ranks like Lucene for every query in ${path.basename(folder)}`, async () => {
    assert.ok(existsSync(fixture), `${fixture} is absent: run tests/IprArchive.Parity/generate.sh`);
    const { queries } = JSON.parse(readFileSync(fixture, 'utf8'));
    const index = await openIndex(directoryUrl(path.join(folder, 'search')), { fetch: fileFetch() });
    const failures = [];
    for (const q of queries) {
      const actual = await index.search(q.query, { ...q.options, page: 1 });
      const problems = compare(q, actual);
      if (problems.length > 0) failures.push(`[${q.form}] ${q.query} ${JSON.stringify(q.options.filters)}\n    ${problems.slice(0, 4).join('\n    ')}`);
    }
    const byForm = {};
    for (const f of failures) byForm[f.slice(1, f.indexOf(']'))] = (byForm[f.slice(1, f.indexOf(']'))] ?? 0) + 1;
    assert.ok(queries.length >= minimumQueries(folder), `only ${queries.length} queries in the fixture`);
    const quoteHits = queries.filter((q) => q.hits.some((h) => h.type === 'quote')).length;
    if (minimumQueries(folder) > 500) {
      assert.ok(queries.some((q) => /\p{Script=Han}/u.test(q.query) && q.total > 0), 'no Chinese query with hits in the generated corpus');
      assert.ok(queries.some((q) => q.total > 10), 'no query with more than one page of hits');
    }
    assert.ok(queries.every((q) => q.error || q.timeline), 'the fixture has no timelines: regenerate it (tests/IprArchive.Parity/generate.sh)');
    assert.ok(queries.some((q) => q.aliases?.length > 0), 'no query of the fixture is explained by an alias: regenerate it (tests/IprArchive.Parity/generate.sh)');
    assert.ok(quoteHits > 0, 'no query of the fixture shows a quotation: regenerate it (tests/IprArchive.Parity/generate.sh)');
    assert.equal(failures.length, 0,
      `${failures.length} of ${queries.length} queries differ (by form: ${JSON.stringify(byForm)}):\n${failures.slice(0, 15).join('\n')}`);
  });
}
