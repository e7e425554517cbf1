// The JS engine over a real export of tests/IprArchive.Parity/sample-corpus (five records written
// to exercise aliases, accents, CJK, HTML in text, facets and dates). Generate it with
//   dotnet run --project tests/IprArchive.Parity -- queries --corpus tests/IprArchive.Parity/sample-corpus --count 500 --out tests/search-client/.generated/queries-sample
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
  : `${exportDir} is absent: run tests/IprArchive.Parity/generate.sh (or the dotnet command at the top of this file)`;

/** A freshly opened index with its own byte-counting fetch (a cold browser). */
async function cold() {
  const fetchFn = fileFetch();
  const index = await openIndex(directoryUrl(exportDir), { fetch: fetchFn });
  return { index, fetchFn, fetched: () => fetchFn.requests.map((url) => url.slice(url.lastIndexOf('/search/') + 8)) };
}

const titles = (result) => result.hits.map((h) => h.title);

test('a term query fetches one term shard, the columns and only the shown hits, never positions', { skip }, async () => {
  const { index, fetched } = await cold();
  const result = await index.search('patent', { pageSize: 1 });
  assert.ok(result.total >= 2);
  const files = fetched();
  assert.equal(files.filter((f) => f.startsWith('t/')).length, 1);
  assert.equal(files.filter((f) => f.startsWith('p/')).length, 0);
  assert.equal(files.filter((f) => f.startsWith('d/')).length, 1, 'one result file for one hit shown');
  assert.ok(files.includes('manifest.json'));
});

test('a phrase query fetches positions and needs the words adjacent', { skip }, async () => {
  const { index, fetched } = await cold();
  const result = await index.search('"patent filings"');
  assert.deepEqual(titles(result), ['Francis Gurry on patent filings from Asia']);
  assert.ok(fetched().some((f) => f.startsWith('p/')));
  assert.equal((await index.search('"filings patent"')).total, 0);
});

test('an organisation alias finds its records and accents are folded', { skip }, async () => {
  const { index } = await cold();
  const sipo = await index.search('SIPO');
  assert.equal(sipo.total, 3, 'every CNIPA record (SIPO is an alias) and the one that says SIPO');
  assert.deepEqual(titles(await index.search('antonio')), ['António Campinos on quality in austere times']);
});

test('Chinese text is found through bigrams', { skip }, async () => {
  const { index } = await cold();
  const result = await index.search('知识产权保护');
  assert.deepEqual(titles(result), ['申长雨：全面加强知识产权保护']);
  assert.match(result.hits[0].snippet, /<mark>/);
});

test('snippets mark the query terms, escape the record text and point at the paragraph', { skip }, async () => {
  const { index } = await cold();
  const [hit] = (await index.search('measured')).hits;
  assert.equal(hit.anchor, '#p-2');
  assert.match(hit.snippet, /<mark>measured<\/mark>/);
  assert.ok(!hit.snippet.includes('<script>') && !hit.snippet.includes('<b>'), hit.snippet);
  assert.match(hit.snippet, /&lt;b&gt;by users&lt;\/b&gt;/);
});

test('hits carry url, title, date, speakers and a score', { skip }, async () => {
  const { index } = await cold();
  const [hit] = (await index.search('gurry asia')).hits;
  assert.equal(hit.url, '/announcements/2019/2019-10-23-francis-gurry-asian-filings/');
  assert.equal(hit.date, '2019-10-23');
  assert.deepEqual(hit.speakers, ['Francis Gurry']);
  assert.ok(hit.score > 0);
});

test('facets count the whole result set, not the page, and filters keep scores', { skip }, async () => {
  const { index } = await cold();
  const all = await index.search('shen OR gurry', { pageSize: 1 });
  assert.equal(all.hits.length, 1);
  assert.equal(all.total, 4);
  assert.equal(all.facets.speaker['Shen Changyu'], 3);
  assert.equal(all.facets.speaker['Francis Gurry'], 2);
  assert.equal(all.facets.year['2022'], 1);
  assert.equal(all.facets.language.zh, 1);
  const unfiltered = await index.search('shen OR gurry');
  const filtered = await index.search('shen OR gurry', { filters: { speaker: ['Francis Gurry'] } });
  assert.equal(filtered.total, 2);
  for (const hit of filtered.hits) assert.equal(hit.score, unfiltered.hits.find((h) => h.url === hit.url).score);
  assert.equal(filtered.facets.speaker['Francis Gurry'], 2);
});

test('date ranges and date sort use the document order', { skip }, async () => {
  const { index } = await cold();
  const byDate = await index.search('shen OR gurry OR campinos', { sort: 'date' });
  assert.deepEqual(byDate.hits.map((h) => h.date), ['2022-06-30', '2021-11-01', '2020-04-23', '2019-10-23', '2016-09-18']);
  const ranged = await index.search('shen OR gurry OR campinos', { from: '2019-01-01', to: '2020-12-31' });
  assert.deepEqual(ranged.hits.map((h) => h.date).sort(), ['2019-10-23', '2020-04-23']);
});

test('pages follow each other without overlap', { skip }, async () => {
  const { index } = await cold();
  const first = await index.search('shen OR gurry OR campinos', { pageSize: 2, page: 1 });
  const second = await index.search('shen OR gurry OR campinos', { pageSize: 2, page: 2 });
  const third = await index.search('shen OR gurry OR campinos', { pageSize: 2, page: 3 });
  const urls = [...first.hits, ...second.hits, ...third.hits].map((h) => h.url);
  assert.equal(new Set(urls).size, 5);
});

test('malformed and unsupported queries give a friendly message, never an exception', { skip }, async () => {
  const { index } = await cold();
  for (const query of ['patent~2', 'foo:bar', 'AND', '()', '', '('.repeat(300)]) {
    const result = await index.search(query);
    assert.equal(result.total, 0);
    assert.equal(typeof result.error, 'string', query);
    assert.deepEqual(Object.keys(result.facets), ['speaker', 'organization', 'year', 'plan', 'topic', 'language']);
  }
});

test('an unclosed quotation or parenthesis is mended, and the result says what was searched', { skip }, async () => {
  const { index } = await cold();
  const phrase = await index.search('"patent filings');
  assert.equal(phrase.understood, '"patent filings"');
  assert.deepEqual(titles(phrase), ['Francis Gurry on patent filings from Asia']);
  const group = await index.search('(patent');
  assert.equal(group.understood, '(patent)');
  assert.equal(group.total, (await index.search('patent')).total);
  assert.equal((await index.search('patent')).understood, undefined);
});

test('prefix queries score the constant boost and highlight the expanded words', { skip }, async () => {
  const { index } = await cold();
  const result = await index.search('body:exam*');
  assert.deepEqual(titles(result), ['Shen Changyu presents the IP protection plan']);
  assert.equal(result.hits[0].score, 1);
  assert.match(result.hits[0].snippet, /<mark>examination<\/mark>/);
});

test('a second query reuses shards already fetched', { skip }, async () => {
  const { index, fetchFn } = await cold();
  await index.search('patent');
  const before = fetchFn.requests.length;
  await index.search('patent');
  assert.equal(fetchFn.requests.length, before);
});

test('files a server already decompressed (Content-Encoding: gzip) are read as they are', { skip }, async () => {
  const { gunzipSync } = await import('node:zlib');
  const files = fileFetch();
  const decompressing = async (url) => {
    const response = await files(url);
    if (!response.ok) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return new Response(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  };
  const index = await openIndex(directoryUrl(exportDir), { fetch: decompressing });
  assert.deepEqual(titles(await index.search('"patent filings"')), ['Francis Gurry on patent filings from Asia']);
});

test('a failed shard fetch is reported naming the file, and retried by the next query', { skip }, async () => {
  const files = fileFetch();
  let offline = true;
  const flaky = async (url) => (offline && String(url).includes('/t/') ? new Response('gone', { status: 503 }) : files(url));
  const index = await openIndex(directoryUrl(exportDir), { fetch: flaky });
  await assert.rejects(index.search('patent'), /search index: .*\/t\/.* answered 503/);
  offline = false;
  assert.ok((await index.search('patent')).total >= 2);
});
