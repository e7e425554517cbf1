import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repairQuery, clauseLimitMessage, MAX_CLAUSES } from '../../src/search-client/query-repair.js';

// The same cases QueryRepairTests.cs reads, so both engines mend a query identically.
const { cases } = JSON.parse(readFileSync(new URL('../fixtures/query-repair/cases.json', import.meta.url), 'utf8'));

/** @param {any} c */
function inputOf(c) {
  return c.repeat === undefined ? c.input : c.repeat.repeat(c.times) + c.then;
}

/** @param {any} c */
function expectedText(c) {
  if (c.text_repeat === undefined) return c.text;
  const [open, n, middle, close, m] = c.text_repeat;
  return open.repeat(n) + middle + close.repeat(m);
}

for (const c of cases) {
  const input = inputOf(c);
  test(`repairs ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`, () => {
    const result = repairQuery(input);
    if (c.error) {
      assert.deepEqual(result, { ok: false, message: c.error });
    } else {
      assert.deepEqual(result, { ok: true, text: expectedText(c), changed: c.changed });
    }
  });
}

test('a built query with more clauses than Lucene allows is refused by name', () => {
  const term = { type: 'term', field: 'body', term: 'x', boost: 1 };
  const clauses = (/** @type {number} */ n) => Array.from({ length: n }, () => ({ occur: 'should', query: term }));
  assert.equal(clauseLimitMessage({ type: 'bool', clauses: clauses(MAX_CLAUSES) }), null);
  const nested = { type: 'bool', clauses: [{ occur: 'must', query: { type: 'bool', clauses: clauses(MAX_CLAUSES + 1) } }] };
  assert.equal(clauseLimitMessage(nested), 'This search has too many clauses: the limit is 1,024. Remove some words or OR alternatives.');
});
