// What people type is not always well formed: a quotation left open ("real economy) or a
// parenthesis never closed ((Brexit) is read the way the user most likely meant it before the
// parser sees it, and the answer says what was understood. Limits keep a hostile query from
// exhausting the recursive parser. QueryRepair.cs does exactly the same for Lucene.Net.

/** Longest query accepted, in UTF-16 code units. */
export const MAX_LENGTH = 1000;
/** Deepest nesting of parentheses accepted. */
export const MAX_DEPTH = 256;
/** Lucene's BooleanQuery.MaxClauseCount: no boolean query may hold more clauses. */
export const MAX_CLAUSES = 1024;

/** The query lexer's whitespace (query-parser.js), not JavaScript's wider \s. */
const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\u3000']);

/**
 * @typedef {{ ok: true, text: string, changed: boolean } | { ok: false, message: string }} RepairResult
 */

/**
 * Closes an unclosed quotation at the end, drops unmatched ')', closes unclosed '(' (or drops
 * one with nothing after it), and applies the length and nesting limits.
 * @param {string} query
 * @returns {RepairResult}
 */
export function repairQuery(query) {
  if (query.length > MAX_LENGTH) {
    return { ok: false, message: `This search is too long (${count(query.length)} characters): the limit is ${count(MAX_LENGTH)}.` };
  }
  const text = closeQuotation(query);
  /** @type {string[]} */ const output = [];
  /** @type {number[]} */ const open = [];
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') {
      if (open.length === MAX_DEPTH) {
        return { ok: false, message: `This search nests parentheses too deeply: the limit is ${MAX_DEPTH} levels.` };
      }
      open.push(output.length);
    } else if (!quoted && c === ')') {
      if (open.length === 0) continue;
      open.pop();
    }
    output.push(c);
  }
  while (open.length > 0) {
    const at = /** @type {number} */ (open.pop());
    if (isBlank(output.slice(at + 1))) output.splice(at, 1);
    else output.push(')');
  }
  const repaired = output.join('');
  return { ok: true, text: repaired, changed: repaired !== query };
}

/**
 * The message for a query with more clauses than Lucene allows, or null.
 * @param {{ type: string, clauses?: { query: any }[] }} query a built query (query-builder.js)
 * @returns {string | null}
 */
export function clauseLimitMessage(query) {
  /** @type {any[]} */ const pending = [query];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type !== 'bool') continue;
    if (node.clauses.length > MAX_CLAUSES) {
      return `This search has too many clauses: the limit is ${count(MAX_CLAUSES)}. Remove some words or OR alternatives.`;
    }
    for (const clause of node.clauses) pending.push(clause.query);
  }
  return null;
}

/** An odd quotation mark runs to the end; one with nothing after it is dropped. @param {string} query */
function closeQuotation(query) {
  let last = -1;
  let marks = 0;
  for (let i = 0; i < query.length; i++) {
    if (query[i] !== '"') continue;
    marks++;
    last = i;
  }
  if (marks % 2 === 0) return query;
  if (isBlank(query.slice(last + 1))) return query.slice(0, last) + query.slice(last + 1);
  let end = query.length;
  while (end > 0 && WHITESPACE.has(query[end - 1])) end--;
  return `${query.slice(0, end)}"`;
}

/** @param {Iterable<string>} text */
function isBlank(text) {
  for (const c of text) if (!WHITESPACE.has(c)) return false;
  return true;
}

/** 1000 → "1,000", as .NET's N0 format writes it in the invariant culture. @param {number} n */
function count(n) {
  return n.toLocaleString('en-US');
}
