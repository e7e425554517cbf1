// Alias notes: which query terms are looked up, and what a result says when one is another name
// of a speaker or organisation (the same as the C# AliasNotes; parity-queries.test.js compares them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { aliasKeys, aliasNotes, aliasText, filterBits, mayBeAlias } from '../../src/search-client/aliases.js';
import { parseQuery } from '../../src/search-client/query-parser.js';
import { buildQuery } from '../../src/search-client/query-builder.js';
import { prepareAnalysis } from '../../src/search-client/analysis.js';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

const fields = {
  title: { boost: 2, analyzed: true, default: true }, body: { boost: 1, analyzed: true, default: true },
  speaker: { boost: 1, analyzed: true, default: true }, org: { boost: 1, analyzed: true, default: true },
  year: { boost: 1, analyzed: false, default: false },
};

/** @type {import('../../src/search-client/aliases.js').AliasTable} */
const table = {
  org: { sipo: [['SIPO', 'CNIPA', 'former name']], 'state intellectu properti offic': [['State Intellectual Property Office', 'CNIPA', 'former name']] },
  speaker: { '申长 长雨': [['申长雨', 'Shen Changyu', 'other name']] },
};

/** @param {string} query */
async function notes(query) {
  await prepareAnalysis([query]);
  const parsed = parseQuery(query, { fields: Object.keys(fields), aliases: {} });
  assert.ok(parsed.ok);
  return aliasNotes(aliasKeys(buildQuery(parsed.query, { fields })), table).map(aliasText);
}

test('a former acronym, a quoted former name and a name in another script are noted in query order, once each', async () => {
  assert.deepEqual(await notes('SIPO'), ['SIPO: former name of CNIPA']);
  assert.deepEqual(await notes('申长雨 "state intellectual property office" OR sipo OR org:sipo'),
    ['申长雨: other name of Shen Changyu', 'State Intellectual Property Office: former name of CNIPA', 'SIPO: former name of CNIPA']);
});

test('an excluded alias, another field, a word that is no alias and an unquoted name give no note', async () => {
  assert.deepEqual(await notes('patent -sipo'), []);
  assert.deepEqual(await notes('title:sipo'), []);
  assert.deepEqual(await notes('cnipa'), []);
  assert.deepEqual(await notes('state intellectual property office'), []);
});

test('a query without a speaker or organisation term has no keys, so the table is not fetched', async () => {
  const parsed = parseQuery('year:2019 title:sipo', { fields: Object.keys(fields), aliases: {} });
  assert.ok(parsed.ok);
  assert.deepEqual(aliasKeys(buildQuery(parsed.query, { fields })), []);
});

test('the key filter passes the keys it was made of and turns most other keys away', () => {
  const bits = new Uint8Array(8);
  for (const [field, key] of [['org', 'sipo'], ['speaker', '申长 长雨']]) {
    for (const bit of filterBits(field, key, 64)) bits[bit >> 3] |= 1 << (bit & 7);
  }
  const filter = btoa(String.fromCharCode(...bits));
  assert.ok(mayBeAlias([{ field: 'org', key: 'sipo' }], filter));
  assert.ok(mayBeAlias([{ field: 'title', key: 'x' }, { field: 'speaker', key: '申长 长雨' }], filter));
  const others = Array.from({ length: 200 }, (_, i) => ({ field: 'org', key: `word${i}` }));
  assert.ok(others.filter((k) => mayBeAlias([k], filter)).length < 40, 'the filter lets too many keys through');
});

const here = path.dirname(fileURLToPath(import.meta.url));
const exportDir = path.join(here, '.generated', 'queries-ipr', 'search');
const missing = existsSync(path.join(exportDir, 'manifest.json')) ? false : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh`;

test('the engine fetches the alias file only for a query that may need it, and says SIPO is a former name of CNIPA', { skip: missing }, async () => {
  const files = fileFetch();
  const fetched = files.requests;
  const index = await openIndex(directoryUrl(exportDir), { fetch: files });
  for (const query of ['year:2019', 'patent', 'trademark office']) {
    const plain = await index.search(query, { pageSize: 1, facets: false });
    assert.ok(plain.total > 0, query);
    assert.equal(plain.aliases, undefined);
    assert.ok(!fetched.some((u) => u.includes('/a/aliases.')), `${query} fetched the alias file`);
  }
  const result = await index.search('SIPO', { pageSize: 1, facets: false });
  assert.ok(result.total > 0);
  // The parity corpus also has an organisation named "State Intellectual Property Office (SIPO)".
  assert.ok(result.aliases?.some((a) => a.alias === 'SIPO' && a.relation === 'former name' && /CNIPA/.test(a.name)), JSON.stringify(result.aliases));
  assert.equal(fetched.filter((u) => u.includes('/a/aliases.')).length, 1);
});
