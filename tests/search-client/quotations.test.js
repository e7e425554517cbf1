// Quotations as sub-documents, over the export of tests/IprArchive.Parity/sample-corpus (four of
// its records quote someone: one speaker, two speakers with nobody credited, a block quotation,
// Chinese corner marks). Generate it with tests/IprArchive.Parity/generate.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { openIndex } from '../../src/search-client/index.js';
import { directoryUrl, fileFetch } from './fs-fetch.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const exportDir = path.join(here, '.generated', 'queries-sample', 'search');
const skip = existsSync(path.join(exportDir, 'manifest.json')) ? false
  : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh`;
const gurry = '/announcements/2019/2019-10-23-francis-gurry-asian-filings/';
const review = '/announcements/2020/2020-04-23-shen-changyu-strategy-review/';
const quotes = { filters: { type: ['quote'] } };

const open = () => openIndex(directoryUrl(exportDir), { fetch: fileFetch() });

test('a default search shows records only, and says how many quotations match', { skip }, async () => {
  const index = await open();
  const result = await index.search('"international applications"');
  assert.deepEqual(result.hits.map((h) => [h.url, h.type]), [[gurry, 'announcement']]);
  assert.equal(result.quotations, 1);
  const broad = await index.search('shen OR gurry OR said');
  assert.ok(broad.hits.every((h) => h.type === 'announcement' && !h.url.includes('#')));
  assert.ok(broad.quotations >= 3, `${broad.quotations}`);
});

test('a record hit whose marked words are in a quotation links to it; elsewhere, to the paragraph', { skip }, async () => {
  const index = await open();
  assert.equal((await index.search('"international applications"')).hits[0].anchor, '#q-1');
  assert.equal((await index.search('tenth year')).hits[0].anchor, '#p-1');
  const block = await index.search('closer');
  assert.deepEqual(block.hits.map((h) => [h.url, h.anchor]), [[review, '#q-2']]);
});

test('asking for quotations shows each with its words marked, speaker, credit, date and event', { skip }, async () => {
  const index = await open();
  const result = await index.search('"international applications"', quotes);
  assert.equal(result.total, 1);
  const [hit] = result.hits;
  assert.equal(hit.url, `${gurry}#q-1`);
  assert.equal(hit.anchor, '');
  assert.equal(hit.type, 'quote');
  assert.deepEqual(hit.speakers, ['Francis Gurry']);
  assert.equal(hit.credit, 'Director General, WIPO');
  assert.equal(hit.event, 'Visit to Beijing');
  assert.equal(hit.date, '2019-10-23');
  assert.match(hit.snippet, /<mark>international applications<\/mark>/, "a phrase is marked whole");
});

test('type:quote in the query restricts to quotations, -type:quote to records', { skip }, async () => {
  const index = await open();
  assert.deepEqual((await index.search('type:quote largest')).hits.map((h) => h.url), [`${gurry}#q-1`]);
  assert.deepEqual((await index.search('largest -type:quote')).hits.map((h) => h.url), [gurry]);
});

test('quotations nobody is credited with have no speaker; Chinese quotations are found by bigrams', { skip }, async () => {
  const index = await open();
  const [unattributed] = (await index.search('"exceeded every target"', quotes)).hits;
  assert.deepEqual([unattributed.url, unattributed.speakers, unattributed.credit], [`${review}#q-1`, [], undefined]);
  const [zh] = (await index.search('历史性成就', quotes)).hits;
  assert.deepEqual(zh.speakers, ['Shen Changyu']);
  assert.match(zh.snippet, /<mark>历史性成就<\/mark>/);
});

test('showing records, quotations or both never changes a score', { skip }, async () => {
  const index = await open();
  const query = 'patent OR cooperation OR asia';
  const both = await index.search(query, { filters: { type: ['announcement', 'quote'] }, pageSize: 50 });
  const records = await index.search(query, { pageSize: 50 });
  const quoted = await index.search(query, { ...quotes, pageSize: 50 });
  assert.equal(both.total, records.total + quoted.total);
  assert.ok(quoted.total > 0);
  for (const hit of [...records.hits, ...quoted.hits]) assert.equal(hit.score, both.hits.find((h) => h.url === hit.url).score);
});
