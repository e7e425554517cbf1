// Turns a parsed query into the query tree Lucene.Net's MultiFieldQueryParser (default operator
// AND, per-field boosts) builds from the same text, with its QueryBuilder's analysis rules:
// a term that analyzes to nothing is dropped, to several tokens becomes a required-terms boolean
// (a phrase when quoted, keeping stop-word gaps); prefixes are lower-cased but not analyzed.
import { analyze, analyzeKeyword } from './analysis.js';
import { addClause } from './query-parser.js';
import { lowerCase } from './english-filters.js';

/**
 * @typedef {import('./query-parser.js').QueryNode} QueryNode
 * @typedef {import('./query-parser.js').Occur} Occur
 * @typedef {{ boost?: number, analyzed?: boolean, default?: boolean }} FieldConfig
 * @typedef {{ fields: Record<string, FieldConfig> }} BuildOptions  default fields in key order
 * @typedef {{ type: 'term', field: string, term: string, boost: number }} TermQuery
 * @typedef {{ type: 'phrase', field: string, terms: { term: string, position: number }[], boost: number }} PhraseQuery
 * @typedef {{ type: 'prefix', field: string, prefix: string, boost: number }} PrefixQuery
 * @typedef {{ type: 'bool', clauses: { occur: Occur, query: Query }[], boost: number }} BoolQuery
 * @typedef {{ type: 'none' }} NoneQuery  matches nothing
 * @typedef {TermQuery | PhraseQuery | PrefixQuery | BoolQuery | NoneQuery} Query
 */

/**
 * Builds the Lucene-equivalent query. Returns `{ type: 'none' }` when nothing is left to search
 * (every term was a stop word) or the query can match nothing (only prohibited clauses).
 * @param {QueryNode} ast from parseQuery
 * @param {BuildOptions} options
 * @returns {Query}
 */
export function buildQuery(ast, options) {
  const defaultFields = Object.entries(options.fields).filter(([, config]) => config.default).map(([name]) => name);
  return build(ast, { fields: options.fields, defaultFields }) ?? { type: 'none' };
}

/**
 * @typedef {{ fields: Record<string, FieldConfig>, defaultFields: string[] }} Context
 * @param {QueryNode} node @param {Context} context
 * @returns {Query | null} null when analysis leaves nothing (Lucene's parser drops the clause)
 */
function build(node, context) {
  switch (node.type) {
    case 'bool': return buildBool(node, context);
    case 'prefix': return buildPrefix(node.field, node.text, context);
    case 'term': return buildFieldQuery(node.field, node.text, false, context);
    case 'phrase': return buildFieldQuery(node.field, node.text, true, context);
    default: return null;
  }
}

/**
 * QueryParser's Query production: clauses whose query is null are dropped, but still change the
 * previous clause's occur through their AND / OR; one unmodified clause alone is returned bare.
 * @param {import('./query-parser.js').BoolNode} node @param {Context} context
 * @returns {Query | null}
 */
function buildBool(node, context) {
  /** @type {{ occur: Occur, query: Query }[]} */
  const clauses = [];
  let first = /** @type {Query | null} */ (null);
  node.clauses.forEach((clause, index) => {
    const query = build(clause.node, context);
    if (index === 0 && clause.modifier === null) first = query;
    addClause(clauses, index === 0 ? null : clause.conjunction, clause.modifier, query && { occur: 'must', query });
  });
  if (clauses.length === 1 && first !== null) return first;
  if (clauses.length === 0) return null;
  if (clauses.every((clause) => clause.occur === 'must_not')) return { type: 'none' };
  return { type: 'bool', clauses, boost: 1 };
}

/**
 * MultiFieldQueryParser.getFieldQuery: a default-field term becomes a SHOULD group with one clause
 * per default field, each with that field's boost; a named field gets no boost.
 * @param {string | null} field @param {string} text @param {boolean} quoted @param {Context} context
 * @returns {Query | null}
 */
function buildFieldQuery(field, text, quoted, context) {
  if (field !== null) return analyzeIntoQuery(field, text, quoted, context);
  const clauses = [];
  for (const name of context.defaultFields) {
    const query = analyzeIntoQuery(name, text, quoted, context);
    if (query === null) continue;
    query.boost = context.fields[name].boost ?? 1;
    clauses.push({ occur: /** @type {Occur} */ ('should'), query });
  }
  return clauses.length === 0 ? null : { type: 'bool', clauses, boost: 1 };
}

/**
 * QueryBuilder.createFieldQuery with the MUST operator and no synonyms.
 * @param {string} field @param {string} text @param {boolean} quoted @param {Context} context
 * @returns {TermQuery | PhraseQuery | BoolQuery | null}
 */
function analyzeIntoQuery(field, text, quoted, context) {
  const analyzed = context.fields[field]?.analyzed ?? true;
  const tokens = analyzed ? analyze(text) : analyzeKeyword(text);
  if (tokens.length === 0) return null;
  if (tokens.length === 1) return { type: 'term', field, term: tokens[0].term, boost: 1 };
  if (quoted) {
    return { type: 'phrase', field, terms: tokens.map(({ term, position }) => ({ term, position })), boost: 1 };
  }
  return {
    type: 'bool',
    clauses: tokens.map(({ term }) => ({ occur: /** @type {Occur} */ ('must'), query: { type: 'term', field, term, boost: 1 } })),
    boost: 1,
  };
}

/**
 * QueryParserBase.getPrefixQuery (lower-cased as Lucene.Net does under the invariant culture, not
 * analyzed). For the default fields
 * MultiFieldQueryParser makes a SHOULD group and, unlike for terms, applies no field boosts.
 * @param {string | null} field @param {string} text @param {Context} context
 * @returns {PrefixQuery | BoolQuery}
 */
function buildPrefix(field, text, context) {
  const prefix = lowerCase(text);
  if (field !== null) return { type: 'prefix', field, prefix, boost: 1 };
  return {
    type: 'bool',
    clauses: context.defaultFields.map((name) => ({ occur: /** @type {Occur} */ ('should'), query: { type: 'prefix', field: name, prefix, boost: 1 } })),
    boost: 1,
  };
}

/**
 * The terms and prefixes a query looks for, prohibited clauses excluded: what a snippet marks.
 * @param {Query} query
 * @returns {{ terms: Set<string>, prefixes: string[] }}
 */
export function collectTerms(query) {
  const terms = new Set();
  /** @type {string[]} */ const prefixes = [];
  const walk = (/** @type {Query} */ q) => {
    if (q.type === 'term') terms.add(q.term);
    else if (q.type === 'phrase') for (const { term } of q.terms) terms.add(term);
    else if (q.type === 'prefix') { if (!prefixes.includes(q.prefix)) prefixes.push(q.prefix); }
    else if (q.type === 'bool') for (const clause of q.clauses) if (clause.occur !== 'must_not') walk(clause.query);
  };
  walk(query);
  return { terms, prefixes };
}
