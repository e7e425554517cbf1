import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippet, escapeHtml } from '../../src/search-client/highlight.js';
import { loadFoldings } from '../../src/search-client/english-filters.js';

// The folding data is fetched on demand (prepareAnalysis); these tests analyze text directly.
await loadFoldings();

test('marks the words whose analyzed form the query looks for (stemmed, case-folded, accent-folded)', () => {
  const result = snippet(['The Patent Office said patents matter; António agreed.'], new Set(['patent', 'antonio']));
  assert.equal(result.html, 'The <mark>Patent</mark> Office said <mark>patents</mark> matter; <mark>António</mark> agreed.');
  assert.equal(result.paragraphIndex, 0);
});

test('gives the span of the marked words, so a hit inside a quotation can link to it', () => {
  const text = 'Gan said: "We will stick to multilateralism and cooperation." Then he left.';
  const result = snippet([text], new Set(['multilater', 'cooper']));
  assert.equal(text.slice(result.hitStart, result.hitEnd), 'multilateralism and cooperation');
});

test('picks the paragraph with the most distinct query terms, then the most hits, then the earliest', () => {
  const paragraphs = ['Patent patent patent.', 'A patent office.', 'Another patent office.', 'Nothing.'];
  assert.equal(snippet(paragraphs, new Set(['patent', 'offic'])).paragraphIndex, 1);
  assert.equal(snippet(paragraphs, new Set(['patent'])).paragraphIndex, 0);
  assert.equal(snippet(['One patent.', 'Two patents.'], new Set(['patent'])).paragraphIndex, 0);
});

test('escapes markup in the text around and inside marks', () => {
  const result = snippet(['<script>alert("x")</script> patent & <b>office</b>'], new Set(['patent', 'offic']));
  assert.equal(result.html, '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>patent</mark> &amp; &lt;b&gt;<mark>office</mark>&lt;/b&gt;');
  assert.ok(!result.html.includes('<script'));
  assert.equal(escapeHtml(`<a href='x'>&</a>`), '&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
});

test('cuts a long paragraph at word boundaries around the best passage, with ellipses', () => {
  const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
  words[60] = 'patent';
  const result = snippet([words.join(' ')], new Set(['patent']), { maxChars: 80 });
  assert.match(result.html, /^…word\d+ .*<mark>patent<\/mark>.* word\d+…$/);
  const text = result.html.replace(/<\/?mark>/g, '').slice(1, -1);
  assert.ok(text.length <= 80, `${text.length}`);
  assert.ok(/^word\d+$/.test(text.split(' ')[0]) && /^word\d+$/.test(text.split(' ').at(-1) ?? ''), text);
});

test('prefers the window with more distinct terms inside one paragraph', () => {
  const filler = ' lorem'.repeat(60);
  const text = `patent${filler} patent office${filler}`;
  const result = snippet([text], new Set(['patent', 'offic']), { maxChars: 60 });
  assert.match(result.html, /<mark>patent<\/mark> <mark>office<\/mark>/);
});

test('marks a CJK word once, over its overlapping bigrams', () => {
  const result = snippet(['国家知识产权局表示，知识产权保护很重要。'], new Set(['知识', '识产', '产权']));
  assert.equal(result.html, '国家<mark>知识产权</mark>局表示，<mark>知识产权</mark>保护很重要。');
});

test('marks words that start with a query prefix', () => {
  const result = snippet(['Innovation and innovators.'], new Set(), { prefixes: ['innov'] });
  assert.equal(result.html, '<mark>Innovation</mark> and <mark>innovators</mark>.');
});

test('without a match: the start of the first non-empty paragraph; without paragraphs: nothing', () => {
  assert.deepEqual(snippet(['', 'First <words> here.'], new Set(['zzz'])), { html: 'First &lt;words&gt; here.', paragraphIndex: 1, hitStart: -1, hitEnd: -1 });
  const long = snippet([`${'alpha '.repeat(60)}`], new Set(['zzz']), { maxChars: 20 });
  assert.equal(long.html, 'alpha alpha alpha…');
  assert.deepEqual(snippet([], new Set(['x'])), { html: '', paragraphIndex: -1, hitStart: -1, hitEnd: -1 });
});

test('a phrase is marked whole where its words stand together, stop words included; other words one by one', () => {
  const text = 'We will firmly stick to the path of multilateralism, and patent and trademark law.';
  const terms = new Set(['firmli', 'stick', 'path', 'multilater', 'patent', 'trademark']);
  const phraseTerms = new Set(['firmli', 'stick', 'path', 'multilater']);
  assert.equal(snippet([text], terms, { phraseTerms }).html,
    'We will <mark>firmly stick to the path of multilateralism</mark>, and <mark>patent</mark> and <mark>trademark</mark> law.');
  assert.equal(snippet(['Path, multilateralism.'], terms, { phraseTerms }).html, '<mark>Path</mark>, <mark>multilateralism</mark>.', 'punctuation breaks a phrase');
});

test('a quotation can be given room for its whole sentences', () => {
  const sentence = `${'Innovation matters to every office and every applicant. '.repeat(6)}We stick to multilateralism.`;
  assert.ok(sentence.length > 300 && sentence.length < 600);
  const whole = snippet([sentence], new Set(['multilater']), { maxChars: 600 });
  assert.ok(!whole.html.includes('…'), whole.html);
  assert.ok(snippet([sentence], new Set(['multilater'])).html.startsWith('…'), 'a record passage is cut at 200');
});
