// Expected strings are Lucene.Net's Query.ToString() for what MultiFieldQueryParser (default AND,
// title^2) builds from the same input with the archive's analyzers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/search-client/query-parser.js';
import { buildQuery, collectTerms } from '../../src/search-client/query-builder.js';

/** @type {import('../../src/search-client/query-builder.js').BuildOptions} */
const options = {
  fields: {
    title: { boost: 2, analyzed: true, default: true },
    summary: { boost: 1, analyzed: true, default: true },
    body: { boost: 1, analyzed: true, default: true },
    speaker: { boost: 1, analyzed: true, default: true },
    org: { boost: 1, analyzed: true, default: true },
    topic: { boost: 1, analyzed: true, default: true },
    plan: { boost: 1, analyzed: true, default: true },
    event: { boost: 1, analyzed: true, default: true },
    year: { boost: 1, analyzed: false, default: false },
    lang: { boost: 1, analyzed: false, default: false },
    type: { boost: 1, analyzed: false, default: false },
  },
};

const boost = (/** @type {number} */ b) => (b === 1 ? '' : `^${b.toFixed(1)}`);

/** Lucene's Query.ToString(), for comparison with what Lucene.Net prints. @param {any} q @returns {string} */
function luceneString(q) {
  switch (q.type) {
    case 'none': return '';
    case 'term': return `${q.field}:${q.term}${boost(q.boost)}`;
    case 'prefix': return `${q.field}:${q.prefix}*${boost(q.boost)}`;
    case 'phrase': {
      const slots = Array(Math.max(...q.terms.map((/** @type {any} */ t) => t.position)) + 1).fill('?');
      for (const t of q.terms) slots[t.position] = t.term;
      return `${q.field}:"${slots.join(' ')}"${boost(q.boost)}`;
    }
    case 'bool': {
      const inner = q.clauses.map((/** @type {any} */ c) => {
        const sub = c.query.type === 'bool' ? `(${luceneString(c.query)})` : luceneString(c.query);
        return `${{ must: '+', should: '', must_not: '-' }[/** @type {'must'} */ (c.occur)]}${sub}`;
      }).join(' ');
      return q.boost === 1 ? inner : `(${inner})${boost(q.boost)}`;
    }
    default: throw new Error(q.type);
  }
}

/** @param {string} input */
function built(input) {
  const parsed = parseQuery(input);
  assert.ok(parsed.ok, input);
  return buildQuery(parsed.query, options);
}

const all = (/** @type {string} */ t) => `title:${t}^2.0 summary:${t} body:${t} speaker:${t} org:${t} topic:${t} plan:${t} event:${t}`;

test('a default-field term becomes a SHOULD group over the default fields with their boosts', () => {
  assert.equal(luceneString(built('patent')), all('patent'));
  assert.deepEqual(built('patent').type === 'bool' && built('patent').clauses[0], { occur: 'should', query: { type: 'term', field: 'title', term: 'patent', boost: 2 } });
});

test('several words: one required group each, analyzed (stemmed)', () => {
  assert.equal(luceneString(built('patent office')), `+(${all('patent')}) +(${all('offic')})`);
});

test('a named field gets no boost', () => {
  assert.equal(luceneString(built('title:patent')), 'title:patent');
  assert.equal(luceneString(built('speaker:"Shen Changyu"')), 'speaker:"shen changyu"');
});

test('a phrase keeps the positions left by stop words', () => {
  assert.equal(luceneString(built('"intellectual property"')), all('"intellectu properti"'));
  assert.equal(luceneString(built('"the patent of the office"')), all('"? patent ? ? offic"'));
  assert.deepEqual(built('body:"the patent of the office"'), {
    type: 'phrase', field: 'body', terms: [{ term: 'patent', position: 1 }, { term: 'offic', position: 4 }], boost: 1,
  });
});

test('an unquoted word that analyzes to several tokens requires all of them, boost on the group', () => {
  const perField = (/** @type {string} */ f, /** @type {string[]} */ ts) => ts.map((t) => `+${f}:${t}`).join(' ');
  const fields = ['summary', 'body', 'speaker', 'org', 'topic', 'plan', 'event'];
  assert.equal(luceneString(built('e-mail')), `((${perField('title', ['e', 'mail'])})^2.0) ${fields.map((f) => `(${perField(f, ['e', 'mail'])})`).join(' ')}`);
  const cjk = ['知识', '识产', '产权'];
  assert.equal(luceneString(built('知识产权')), `((${perField('title', cjk)})^2.0) ${fields.map((f) => `(${perField(f, cjk)})`).join(' ')}`);
  assert.equal(luceneString(built('"知识产权"')), all('"知识 识产 产权"'));
});

test('prefixes are lower-cased, not stemmed, and get no field boosts', () => {
  assert.equal(luceneString(built('innov*')), 'title:innov* summary:innov* body:innov* speaker:innov* org:innov* topic:innov* plan:innov* event:innov*');
  assert.equal(luceneString(built('title:Innov*')), 'title:innov*');
  assert.equal(luceneString(built('title:Générations*')), 'title:générations*');
});

test('keyword fields match the whole lower-cased value', () => {
  assert.equal(luceneString(built('year:2021')), 'year:2021');
  assert.equal(luceneString(built('lang:EN')), 'lang:en');
  assert.equal(luceneString(built('year:"2021"')), 'year:2021');
});

test('clauses left empty by analysis are dropped, and a stop word alone leaves nothing', () => {
  assert.deepEqual(built('the'), { type: 'none' });
  assert.deepEqual(built('the and of'), { type: 'none' });
  assert.equal(luceneString(built('the patent')), `+(${all('patent')})`);
  assert.equal(luceneString(built('patent the')), all('patent'));
  assert.equal(luceneString(built('a - the patent')), `+(${all('patent')})`);
});

test('a dropped clause still changes its neighbour through OR / AND, as in Lucene', () => {
  assert.equal(luceneString(built('a OR patent')), `(${all('patent')})`);
  assert.equal(luceneString(built('patent AND the OR office')), `(${all('patent')}) (${all('offic')})`);
  assert.equal(luceneString(built('a b OR c')), `(${all('b')}) (${all('c')})`);
  assert.equal(luceneString(built('+patent office OR trademark')), `+(${all('patent')}) (${all('offic')}) (${all('trademark')})`);
});

test('a query of only prohibited clauses matches nothing', () => {
  assert.deepEqual(built('-patent'), { type: 'none' });
  assert.deepEqual(built('NOT patent NOT office'), { type: 'none' });
  const nested = built('patent OR (the -office)');
  assert.equal(nested.type, 'bool');
  assert.deepEqual(nested.type === 'bool' && nested.clauses.map((c) => [c.occur, c.query.type]), [['should', 'bool'], ['should', 'none']]);
});

test('collectTerms lists the terms and prefixes to highlight, not prohibited ones', () => {
  const { terms, prefixes } = collectTerms(built('"intellectual property" innov* -china'));
  assert.deepEqual([...terms].sort(), ['intellectu', 'properti']);
  assert.deepEqual(prefixes, ['innov']);
});
