// The query syntax: the subset of Lucene's classic QueryParser that the archive supports, parsed
// with the same grammar and clause rules, so that the JavaScript engine and Lucene.Net agree.
// Never throws: a malformed query gives a friendly message and the offending position.

/**
 * @typedef {{ type: 'term' | 'phrase' | 'prefix', field: string | null, text: string, start: number, end: number }} LeafNode
 *   `text` is the raw text (a phrase's without quotes, a prefix's without the *); start/end locate it in the input.
 * @typedef {'and' | 'or' | null} Conjunction
 * @typedef {'+' | '-' | null} Modifier  "-" also stands for NOT and "!"
 * @typedef {'must' | 'should' | 'must_not'} Occur
 * @typedef {{ occur: Occur, conjunction: Conjunction, modifier: Modifier, node: QueryNode }} Clause
 *   `occur` is what Lucene assigns when no clause is dropped by analysis; the builder recomputes it
 *   from `conjunction` and `modifier` because a dropped clause changes its neighbours' occurs.
 * @typedef {{ type: 'bool', clauses: Clause[] }} BoolNode
 * @typedef {LeafNode | BoolNode} QueryNode
 * @typedef {{ ok: true, query: QueryNode, understood?: string } | { ok: false, message: string, position: number }} ParseResult
 *   `understood` is the text actually parsed, when repairQuery changed what was typed
 */

import { repairQuery } from './query-repair.js';

/** The fields a user may name, and the aliases accepted for them. */
export const DEFAULT_FIELDS = Object.freeze(['title', 'summary', 'body', 'speaker', 'org', 'topic', 'plan', 'event', 'year', 'lang', 'type']);
export const DEFAULT_ALIASES = Object.freeze({
  organization: 'org', organisation: 'org', language: 'lang', plan_period: 'plan', speakers: 'speaker', topics: 'topic',
});

const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\u3000']);
// Characters that cannot start a term (Lucene's _TERM_START_CHAR excludes them); "+" and "-" may
// appear inside one ("e-mail").
const SPECIAL = new Set([...WHITESPACE, '+', '-', '!', '(', ')', ':', '^', '[', ']', '"', '{', '}', '~', '*', '?', '\\', '/']);

class QuerySyntaxError extends Error {
  /** @param {string} message @param {number} position */
  constructor(message, position) {
    super(message);
    this.position = position;
  }
}

/**
 * @typedef {'AND' | 'OR' | 'NOT' | 'PLUS' | 'MINUS' | 'BAREOPER' | 'LPAREN' | 'RPAREN' | 'COLON' | 'QUOTED' | 'TERM' | 'PREFIXTERM' | 'EOF'} Kind
 * @typedef {{ kind: Kind, image: string, start: number, end: number }} Lexeme
 */

/**
 * Splits the input into Lucene's lexical tokens (longest match; keywords win ties).
 * @param {string} input
 * @returns {Lexeme[]}
 */
function lex(input) {
  /** @type {Lexeme[]} */ const out = [];
  let i = 0;
  const push = (/** @type {Kind} */ kind, /** @type {number} */ start, /** @type {number} */ end) =>
    out.push({ kind, image: input.slice(start, end), start, end });
  while (i < input.length) {
    const ch = input[i];
    if (WHITESPACE.has(ch)) { i++; continue; }
    if ((ch === '+' || ch === '-' || ch === '!') && WHITESPACE.has(input[i + 1] ?? '')) {
      push('BAREOPER', i, i + 1);
      i += 2;
      continue;
    }
    if (ch === '+') { push('PLUS', i, ++i); continue; }
    if (ch === '-') { push('MINUS', i, ++i); continue; }
    if (ch === '!') { push('NOT', i, ++i); continue; }
    if (ch === '(') { push('LPAREN', i, ++i); continue; }
    if (ch === ')') { push('RPAREN', i, ++i); continue; }
    if (ch === ':') { push('COLON', i, ++i); continue; }
    if (ch === '"') { i = lexQuoted(input, i, push); continue; }
    if (SPECIAL.has(ch)) throw unsupported(ch, i);
    i = lexTerm(input, i, push);
  }
  push('EOF', input.length, input.length);
  return out;
}

/** @param {string} input @param {number} start @param {(kind: Kind, start: number, end: number) => void} push */
function lexQuoted(input, start, push) {
  for (let i = start + 1; i < input.length; i++) {
    if (input[i] === '\\') throw new QuerySyntaxError("'\\' escapes are not supported; remove the backslash", i);
    if (input[i] === '"') {
      push('QUOTED', start, i + 1);
      return i + 1;
    }
  }
  throw new QuerySyntaxError('Unclosed quotation mark: add a closing " to end the phrase', start);
}

/** @param {string} input @param {number} start @param {(kind: Kind, start: number, end: number) => void} push */
function lexTerm(input, start, push) {
  let i = start + 1;
  while (i < input.length && (!SPECIAL.has(input[i]) || input[i] === '+' || input[i] === '-')) i++;
  const next = input[i];
  if (next === '*' || next === '?') {
    let end = i;
    while (end < input.length && (!SPECIAL.has(input[end]) || '+-*?'.includes(input[end]))) end++;
    if (next === '*' && end === i + 1) {
      push('PREFIXTERM', start, end);
      return end;
    }
    throw new QuerySyntaxError('Wildcards are only supported as one * at the end of a word, as in "patent*"', i);
  }
  const image = input.slice(start, i);
  /** @type {Kind} */
  const kind = image === 'AND' || image === '&&' ? 'AND' : image === 'OR' || image === '||' ? 'OR' : image === 'NOT' ? 'NOT' : 'TERM';
  push(kind, start, i);
  return i;
}

/** @param {string} ch @param {number} position */
function unsupported(ch, position) {
  const what = {
    '^': "'^' (boosting) is not supported",
    '~': "'~' (fuzzy or proximity search) is not supported",
    '[': 'Ranges with [ ] are not supported', ']': 'Ranges with [ ] are not supported',
    '{': 'Ranges with { } are not supported', '}': 'Ranges with { } are not supported',
    '*': 'A * must follow the beginning of a word, as in "patent*"',
    '?': "'?' wildcards are not supported",
    '/': "'/' (regular expressions) is not supported",
    '\\': "'\\' escapes are not supported",
  }[ch] ?? `Unexpected '${ch}'`;
  return new QuerySyntaxError(`${what}; put the words in quotes to search for them as text`, position);
}

class Parser {
  /** @param {Lexeme[]} lexemes @param {ReadonlySet<string>} fields @param {Readonly<Record<string, string>>} aliases */
  constructor(lexemes, fields, aliases) {
    this.lexemes = lexemes;
    this.at = 0;
    this.fields = fields;
    this.aliases = aliases;
  }

  peek(offset = 0) { return this.lexemes[Math.min(this.at + offset, this.lexemes.length - 1)]; }
  next() { return this.lexemes[this.at++]; }

  /** TopLevelQuery: Query EOF */
  parseTop() {
    const query = this.parseQuery(null);
    const rest = this.peek();
    if (rest.kind === 'RPAREN') throw new QuerySyntaxError("Unexpected ')': there is no matching '('", rest.start);
    if (rest.kind !== 'EOF') throw new QuerySyntaxError(`Unexpected '${rest.image}'`, rest.start);
    return query;
  }

  /**
   * Query: Modifiers Clause (Conjunction Modifiers Clause)*
   * @param {string | null} field
   * @returns {QueryNode}
   */
  parseQuery(field) {
    /** @type {Clause[]} */ const clauses = [];
    let conjunction = /** @type {Conjunction} */ (null);
    for (;;) {
      const modifier = this.parseModifier();
      const node = this.parseClause(field, modifier, conjunction);
      addClause(clauses, conjunction, modifier, { occur: /** @type {Occur} */ ('must'), conjunction, modifier, node });
      const lookahead = this.peek();
      if (lookahead.kind === 'EOF' || lookahead.kind === 'RPAREN') break;
      conjunction = this.parseConjunction();
    }
    // Lucene returns a lone clause without a modifier as itself, not wrapped.
    if (clauses.length === 1 && clauses[0].modifier === null) return clauses[0].node;
    return { type: 'bool', clauses };
  }

  /** @returns {Conjunction} */
  parseConjunction() {
    const token = this.peek();
    if (token.kind === 'AND') { this.next(); return 'and'; }
    if (token.kind === 'OR') { this.next(); return 'or'; }
    return null;
  }

  /** @returns {Modifier} */
  parseModifier() {
    const token = this.peek();
    if (token.kind === 'PLUS') { this.next(); return '+'; }
    if (token.kind === 'MINUS' || token.kind === 'NOT') { this.next(); return '-'; }
    return null;
  }

  /**
   * Clause: [field ":"] (Term | "(" Query ")")
   * @param {string | null} field @param {Modifier} modifier @param {Conjunction} conjunction
   * @returns {QueryNode}
   */
  parseClause(field, modifier, conjunction) {
    let token = this.peek();
    if (token.kind === 'TERM' && this.peek(1).kind === 'COLON') {
      field = this.resolveField(token);
      this.next();
      const colon = this.next();
      token = this.peek();
      if (token.kind === 'EOF' || token.kind === 'RPAREN') {
        throw new QuerySyntaxError(`Missing search term after '${field}:'`, colon.end);
      }
    }
    switch (token.kind) {
      case 'TERM':
      case 'BAREOPER':
        this.next();
        return { type: 'term', field, text: token.image, start: token.start, end: token.end };
      case 'PREFIXTERM':
        this.next();
        return { type: 'prefix', field, text: token.image.slice(0, -1), start: token.start, end: token.end };
      case 'QUOTED':
        this.next();
        return { type: 'phrase', field, text: token.image.slice(1, -1), start: token.start, end: token.end };
      case 'LPAREN': {
        this.next();
        if (this.peek().kind === 'RPAREN') throw new QuerySyntaxError('Empty parentheses: put search terms between ( and )', token.start);
        const inner = this.parseQuery(field);
        if (this.peek().kind !== 'RPAREN') throw new QuerySyntaxError("Missing closing parenthesis: add ')' to end the group", token.start);
        this.next();
        return inner;
      }
      default:
        throw this.missingTerm(token, modifier, conjunction);
    }
  }

  /** @param {Lexeme} token @param {Modifier} modifier @param {Conjunction} conjunction */
  missingTerm(token, modifier, conjunction) {
    const previous = this.lexemes[this.at - 1];
    if (token.kind === 'AND' || token.kind === 'OR') {
      return new QuerySyntaxError(`'${token.image}' needs a search term on each side`, token.start);
    }
    if (modifier !== null || conjunction !== null) {
      return new QuerySyntaxError(`'${previous.image}' must be followed by a search term`, previous.start);
    }
    if (token.kind === 'RPAREN') return new QuerySyntaxError("Unexpected ')': there is no matching '('", token.start);
    if (token.kind === 'EOF') return new QuerySyntaxError('The query is empty: type a word to search for', 0);
    return new QuerySyntaxError(`Unexpected '${token.image}'`, token.start);
  }

  /** @param {Lexeme} token the field name before a colon */
  resolveField(token) {
    const name = token.image;
    if (this.fields.has(name)) return name;
    if (Object.hasOwn(this.aliases, name)) return this.aliases[name];
    const suggestion = closestName(name, [...this.fields, ...Object.keys(this.aliases)]);
    const hint = suggestion
      ? ` — did you mean ${suggestion}:?`
      : `. Fields you can search: ${[...this.fields].map((f) => `${f}:`).join(' ')}`;
    throw new QuerySyntaxError(`Unknown field '${name}:'${hint}`, token.start);
  }
}

/**
 * QueryParserBase.addClause with the AND default operator: "AND" makes the previous clause
 * required and "OR" optional (unless it is prohibited); the new clause is prohibited with "-" /
 * NOT, optional when introduced by OR, required otherwise. A null clause (dropped by analysis)
 * still adjusts the previous one. The builder reuses this with analyzed queries.
 * @template {{ occur?: Occur }} C
 * @param {C[]} clauses @param {Conjunction} conjunction @param {Modifier} modifier @param {C | null} clause
 */
export function addClause(clauses, conjunction, modifier, clause) {
  const previous = clauses[clauses.length - 1];
  if (previous && previous.occur !== 'must_not') {
    if (conjunction === 'and') previous.occur = 'must';
    else if (conjunction === 'or') previous.occur = 'should';
  }
  if (clause === null) return;
  clause.occur = modifier === '-' ? 'must_not' : conjunction === 'or' ? 'should' : 'must';
  clauses.push(clause);
}

/**
 * The known name nearest to `name` (edit distance at most 2, or a prefix), or null.
 * @param {string} name @param {string[]} candidates
 */
function closestName(name, candidates) {
  const lower = name.toLowerCase();
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(lower) && lower.length >= 2 ? 0.5 : editDistance(lower, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.min(2, Math.max(1, Math.floor(name.length / 3))) ? best : null;
}

/** Damerau-Levenshtein (optimal string alignment) distance. @param {string} a @param {string} b */
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * Parses a search box query, once repairQuery has mended an unclosed quotation or parenthesis.
 * @param {string} input
 * @param {{ fields?: readonly string[], aliases?: Readonly<Record<string, string>> }} [options]
 *   the field names users may type (default DEFAULT_FIELDS) and aliases (default DEFAULT_ALIASES)
 * @returns {ParseResult}
 */
export function parseQuery(input, { fields = DEFAULT_FIELDS, aliases = DEFAULT_ALIASES } = {}) {
  try {
    if (typeof input !== 'string' || input.trim() === '') {
      return { ok: false, message: 'The query is empty: type a word to search for', position: 0 };
    }
    const repaired = repairQuery(input);
    if (!repaired.ok) return { ok: false, message: repaired.message, position: 0 };
    const parser = new Parser(lex(repaired.text), new Set(fields), aliases);
    const query = parser.parseTop();
    return repaired.changed ? { ok: true, query, understood: repaired.text } : { ok: true, query };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, message: error.message, position: error.position };
    return { ok: false, message: 'This query could not be understood', position: 0 };
  }
}
