import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/search-client/query-parser.js';

/** A compact view, like Lucene's toString: leaves as field:text (prefix*, "phrase"), bools as (+a b -c). */
function view(/** @type {any} */ node) {
  if (node.type === 'bool') return `(${node.clauses.map((/** @type {any} */ c) => `${{ must: '+', should: '', must_not: '-' }[c.occur]}${view(c.node)}`).join(' ')})`;
  const text = node.type === 'phrase' ? `"${node.text}"` : node.type === 'prefix' ? `${node.text}*` : node.text;
  return node.field ? `${node.field}:${text}` : text;
}

/** @param {string} input */
function parsed(input) {
  const result = parseQuery(input);
  assert.ok(result.ok, `${input}: ${!result.ok && result.message}`);
  return view(result.query);
}

/** @param {string} input */
function failure(input) {
  const result = parseQuery(input);
  assert.ok(!result.ok, `${input} should not parse`);
  return { message: result.message, position: result.position };
}

test('a single word is a term with no field', () => {
  assert.equal(parsed('patent'), 'patent');
  assert.deepEqual(parseQuery('patent'), { ok: true, query: { type: 'term', field: null, text: 'patent', start: 0, end: 6 } });
});

test('words are required by default (AND)', () => {
  assert.equal(parsed('patent office'), '(+patent +office)');
});

test('OR makes both neighbours optional, as the classic parser does: a b OR c is +a b c', () => {
  assert.equal(parsed('a b OR c'), '(+a b c)');
  assert.equal(parsed('a || b'), '(a b)');
});

test('AND, &&, + and - / NOT / ! set required and prohibited clauses', () => {
  assert.equal(parsed('a AND b'), '(+a +b)');
  assert.equal(parsed('a && b'), '(+a +b)');
  assert.equal(parsed('a -b'), '(+a -b)');
  assert.equal(parsed('a NOT b'), '(+a -b)');
  assert.equal(parsed('a !b'), '(+a -b)');
  assert.equal(parsed('+a b OR c'), '(+a b c)');
  assert.equal(parsed('a OR -b'), '(a -b)');
});

test('a lone modified clause stays wrapped (a query of only NOT clauses)', () => {
  assert.equal(parsed('-a'), '(-a)');
  assert.equal(parsed('NOT a'), '(-a)');
  assert.equal(parsed('+a'), '(+a)');
});

test('quoted text is a phrase; a trailing * a prefix; inner hyphens stay in the term', () => {
  assert.equal(parsed('"intellectual property"'), '"intellectual property"');
  assert.equal(parsed('innov*'), 'innov*');
  assert.equal(parsed('e-mail'), 'e-mail');
});

test('field:term, field:"phrase", field:prefix* and field:(group) apply the field inside', () => {
  assert.equal(parsed('speaker:shen'), 'speaker:shen');
  assert.equal(parsed('title:"patent office"'), 'title:"patent office"');
  assert.equal(parsed('title:pat*'), 'title:pat*');
  assert.equal(parsed('title:(a OR b) c'), '(+(title:a title:b) +c)');
  assert.equal(parsed('title:(a body:b)'), '(+title:a +body:b)');
  assert.equal(parsed('title: patent'), 'title:patent');
});

test('aliases map to their field', () => {
  assert.equal(parsed('organization:wipo'), 'org:wipo');
  assert.equal(parsed('organisation:wipo'), 'org:wipo');
  assert.equal(parsed('language:zh'), 'lang:zh');
  assert.equal(parsed('plan_period:14th'), 'plan:14th');
});

test('parentheses group clauses and nest', () => {
  assert.equal(parsed('(a OR b) c'), '(+(a b) +c)');
  assert.equal(parsed('a AND NOT (b OR (c d))'), '(+a -(b (+c +d)))');
  assert.equal(parsed('((a))'), 'a');
});

test('a bare + - or ! followed by a space is a term (that analysis later drops)', () => {
  assert.equal(parsed('a - b'), '(+a +- +b)');
});

test('an unclosed quotation mark runs to the end of the query, and the repair is reported', () => {
  assert.equal(parsed('patent "office'), '(+patent +"office")');
  const result = parseQuery('"real economy');
  assert.ok(result.ok);
  assert.equal(result.understood, '"real economy"');
  assert.equal(view(result.query), '"real economy"');
});

test('unbalanced parentheses are closed or dropped; an empty group is still reported', () => {
  assert.equal(parsed('(a OR b'), '(a b)');
  assert.equal(parsed('a OR b)'), '(a b)');
  assert.equal(parsed('(Brexit'), 'Brexit');
  assert.equal(parseQuery('(Brexit').ok && parseQuery('(Brexit').understood, '(Brexit)');
  assert.equal(failure('()').message, 'Empty parentheses: put search terms between ( and )');
});

test('a well-formed query says nothing about what was understood', () => {
  assert.equal('understood' in parseQuery('"real economy"'), false);
});

test('nesting and length beyond the limits give a message, never a stack overflow', () => {
  assert.equal(failure('('.repeat(30000) + 'a').message, 'This search is too long (30,001 characters): the limit is 1,000.');
  assert.equal(failure('('.repeat(300) + 'a').message, 'This search nests parentheses too deeply: the limit is 256 levels.');
  assert.equal(parsed('('.repeat(256) + 'a'), 'a');
});

test('an unknown field suggests the nearest known one', () => {
  assert.deepEqual(failure('spekaer:shen'), { message: "Unknown field 'spekaer:' — did you mean speaker:?", position: 0 });
  assert.equal(failure('a titel:x').message, "Unknown field 'titel:' — did you mean title:?");
  assert.match(failure('colour:red').message, /^Unknown field 'colour:'\. Fields you can search: title: summary: body: speaker:/);
});

test('operators without a term on each side are reported', () => {
  assert.equal(failure('AND a').message, "'AND' needs a search term on each side");
  assert.deepEqual(failure('a AND'), { message: "'AND' must be followed by a search term", position: 2 });
  assert.equal(failure('a OR').message, "'OR' must be followed by a search term");
  assert.equal(failure('a -').message, "'-' must be followed by a search term");
  assert.equal(failure('NOT').message, "'NOT' must be followed by a search term");
  assert.equal(failure('a AND OR b').message, "'OR' needs a search term on each side");
  assert.deepEqual(failure('title:'), { message: "Missing search term after 'title:'", position: 6 });
});

test('syntax outside the supported subset gets a message, not an exception', () => {
  assert.match(failure('pat*nt').message, /Wildcards are only supported as one \* at the end of a word/);
  assert.match(failure('*').message, /A \* must follow the beginning of a word/);
  assert.match(failure('patent~2').message, /fuzzy/);
  assert.match(failure('patent^2').message, /boosting/);
  assert.match(failure('year:[2020 TO 2021]').message, /Ranges/);
  assert.match(failure('what?').message, /Wildcards/);
  assert.match(failure('a/b').message, /regular expressions/);
});

test('empty and non-string input is reported, never thrown', () => {
  assert.equal(failure('').message, 'The query is empty: type a word to search for');
  assert.equal(failure('   ').message, 'The query is empty: type a word to search for');
  assert.equal(parseQuery(/** @type {any} */ (null)).ok, false);
});

test('never throws on arbitrary input', () => {
  const alphabet = '(a B    ( ) : - + ! * ? ~ ^ AND OR NOT title \ / [ } 中)';
  let seed = 1;
  for (let i = 0; i < 3000; i++) {
    let input = '';
    for (let j = 0; j < 8; j++) {
      seed = (seed * 48271) % 2147483647;
      input += alphabet[seed % alphabet.length];
    }
    const result = parseQuery(input);
    assert.equal(typeof result.ok, 'boolean', input);
    if (!result.ok) assert.ok(result.position >= 0 && result.position <= input.length, input);
  }
});
