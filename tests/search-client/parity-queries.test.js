// Ranking parity: the JS engine must return Lucene.Net's documents, in Lucene's order, with scores
// within 1e-4, for every generated query (and the same totals, quotation counts, facet counts,
// snippets, anchors and, for quotations, type, credit and event). Fixtures come from
//   dotnet run --project tests/IprArchive.Parity -- queries --corpus input/announcements --count 500 --out tests/search-client/.generated/queries-ipr
//   dotnet run --project tests/IprArchive.Parity -- queries --corpus /tmp/ipr-c2000 --count 500 --out tests/search-client/.generated/queries-2000
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
  return problems;
}

for (const folder of folders) {
  const fixture = path.join(folder, 'queries.json');
  const skip = existsSync(fixture) ? false
    : `${fixture} is absent: generate it with "dotnet run --project tests/IprArchive.Parity -- queries --corpus DIR --count 500 --out ${folder}"`;

  test(`JS engine ranks like Lucene for every query in ${path.basename(folder)}`, { skip }, async () => {
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
    assert.ok(queries.length >= 500, `only ${queries.length} queries in the fixture`);
    const quoteHits = queries.filter((q) => q.hits.some((h) => h.type === 'quote')).length;
    assert.ok(quoteHits > 0, 'no query of the fixture shows a quotation: regenerate it (tests/IprArchive.Parity/generate.sh)');
    assert.equal(failures.length, 0,
      `${failures.length} of ${queries.length} queries differ (by form: ${JSON.stringify(byForm)}):\n${failures.slice(0, 15).join('\n')}`);
  });
}
