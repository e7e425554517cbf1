// Result snippets: the best passage of a record's paragraphs, cut at word boundaries, with the
// query's terms in <mark> and everything else HTML-escaped (records may contain markup).
import { analyze } from './analysis.js';

const ELLIPSIS = '…';
/**
 * A quotation's result shows up to this many characters, so that its sentences come whole (a
 * record's passage is 200). The C# Snippets uses the same.
 */
export const QUOTATION_MAX_CHARS = 600;

/**
 * @typedef {{ html: string, paragraphIndex: number, hitStart: number, hitEnd: number }} Snippet
 *   paragraphIndex is 0-based into the paragraphs given (-1 when there are none); hitStart/hitEnd
 *   span the marked words in that paragraph's text (-1 when nothing is marked)
 * @typedef {{ start: number, end: number, term: string }} Hit
 * @typedef {{ paragraphIndex: number, start: number, end: number, hits: Hit[], distinct: number }} Passage
 */

/**
 * Picks the passage with the most distinct query terms, then the most hits, then the earliest,
 * and renders it as safe HTML.
 * @param {string[]} paragraphs plain text of each paragraph, in order
 * @param {ReadonlySet<string>} queryTerms analyzed terms the query looks for (as in the index)
 * @param {{ maxChars?: number, prefixes?: readonly string[], phraseTerms?: ReadonlySet<string> }} [options]
 *   maxChars: longest passage (without ellipses); prefixes: analyzed-term prefixes from prefix
 *   queries; phraseTerms: terms of the query's phrases, marked as one where they stand together
 * @returns {Snippet}
 */
export function snippet(paragraphs, queryTerms, { maxChars = 200, prefixes = [], phraseTerms = new Set() } = {}) {
  const matches = (/** @type {string} */ term) => queryTerms.has(term) || prefixes.some((p) => term.startsWith(p));
  /** @type {Passage | null} */
  let best = null;
  paragraphs.forEach((text, paragraphIndex) => {
    const hits = analyze(text).filter((token) => matches(token.term));
    for (const anchor of hits) {
      const passage = passageAround(text, anchor, hits, maxChars, paragraphIndex);
      if (!best || isBetter(passage, best)) best = passage;
    }
  });
  if (best) {
    const { hits } = best;
    return {
      html: render(paragraphs[best.paragraphIndex], best, phraseTerms), paragraphIndex: best.paragraphIndex,
      hitStart: Math.min(...hits.map((h) => h.start)), hitEnd: Math.max(...hits.map((h) => h.end)),
    };
  }
  return leadingSnippet(paragraphs, maxChars);
}

/** @param {Passage} a @param {Passage} b */
function isBetter(a, b) {
  if (a.distinct !== b.distinct) return a.distinct > b.distinct;
  if (a.hits.length !== b.hits.length) return a.hits.length > b.hits.length;
  if (a.paragraphIndex !== b.paragraphIndex) return a.paragraphIndex < b.paragraphIndex;
  return a.start < b.start;
}

/**
 * The passage that starts a little before `anchor` (at a word start) and runs for at most
 * maxChars, ending at a word boundary; the whole paragraph when it fits.
 * @param {string} text @param {Hit} anchor @param {Hit[]} hits @param {number} maxChars @param {number} paragraphIndex
 * @returns {Passage}
 */
function passageAround(text, anchor, hits, maxChars, paragraphIndex) {
  const lead = Math.floor(maxChars / 5);
  // A paragraph that fits is shown whole: a quotation's sentences are not cut.
  const start = text.length <= maxChars ? 0 : wordStartBefore(text, anchor.start, lead);
  const end = wordEndBefore(text, Math.min(text.length, start + maxChars), anchor.end);
  const inside = hits.filter((hit) => hit.start >= start && hit.end <= end);
  return { paragraphIndex, start, end, hits: inside, distinct: new Set(inside.map((hit) => hit.term)).size };
}

/**
 * Where to start so that about `lead` characters precede `position`, without cutting a word.
 * @param {string} text @param {number} position @param {number} lead
 */
function wordStartBefore(text, position, lead) {
  if (position <= lead) return 0;
  const space = text.slice(position - lead, position).search(/\s/);
  if (space < 0) return position;
  let start = position - lead + space;
  while (start < position && /\s/.test(text[start])) start++;
  return start;
}

/**
 * The last word boundary at or before `limit` (but never before `minimum`), without trailing spaces.
 * @param {string} text @param {number} limit @param {number} minimum
 */
function wordEndBefore(text, limit, minimum) {
  let end = limit;
  if (end < text.length && !/\s/.test(text[end])) {
    const cut = text.slice(minimum, end).search(/\s\S*$/);
    end = cut >= 0 ? minimum + cut : Math.max(minimum, end);
  }
  // Never split a surrogate pair.
  if (end > 0 && end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end++;
  while (end > minimum && /\s/.test(text[end - 1])) end--;
  return end;
}

/** @param {string} text @param {Passage} passage @param {ReadonlySet<string>} phraseTerms */
function render(text, passage, phraseTerms) {
  let html = passage.start > 0 ? ELLIPSIS : '';
  let at = passage.start;
  for (const range of mergeAdjacent(text, passage.hits, phraseTerms)) {
    html += escapeHtml(text.slice(at, range.start)) + '<mark>' + escapeHtml(text.slice(range.start, range.end)) + '</mark>';
    at = range.end;
  }
  html += escapeHtml(text.slice(at, passage.end));
  return passage.end < text.length ? html + ELLIPSIS : html;
}

/**
 * One range per run of hits that overlap or touch, so that CJK bigrams ("知识", "识产", "产权")
 * are marked as one word; and per run of a phrase's words standing apart by spaces and stop words
 * only, so that a phrase is marked whole ("firmly stick to the path of multilateralism").
 * @param {string} text @param {Hit[]} hits in text order @param {ReadonlySet<string>} phraseTerms
 */
function mergeAdjacent(text, hits, phraseTerms) {
  /** @type {{ start: number, end: number, term: string }[]} */ const ranges = [];
  for (const hit of hits) {
    const last = ranges[ranges.length - 1];
    const touching = last !== undefined && hit.start <= last.end;
    const phrase = last !== undefined && !touching && phraseTerms.has(last.term) && phraseTerms.has(hit.term) && onlyStopWordsBetween(text, last.end, hit.start);
    if (last && (touching || phrase)) {
      last.end = Math.max(last.end, hit.end);
      last.term = hit.term;
    } else ranges.push({ start: hit.start, end: hit.end, term: hit.term });
  }
  return ranges;
}

/**
 * The terms of the query's phrases (prohibited clauses excluded): where they stand together in a
 * snippet, they are marked as one. Mirrors the C# QueryTerms.PhraseTerms.
 * @param {import('./query-builder.js').Query} query
 * @returns {Set<string>}
 */
export function phraseTermsOf(query) {
  const terms = new Set();
  const walk = (/** @type {import('./query-builder.js').Query} */ q) => {
    if (q.type === 'phrase') for (const { term } of q.terms) terms.add(term);
    else if (q.type === 'bool') for (const clause of q.clauses) if (clause.occur !== 'must_not') walk(clause.query);
  };
  walk(query);
  return terms;
}

/**
 * Whether text[start, end) holds only white space and letters that analyze to nothing (stop
 * words): no punctuation, no other word. Checked one UTF-16 unit at a time, as the C# does.
 * @param {string} text @param {number} start @param {number} end
 */
function onlyStopWordsBetween(text, start, end) {
  const gap = text.slice(start, end);
  for (const unit of gap.split('')) if (!/^[\s\p{L}]$/u.test(unit)) return false;
  return analyze(gap).length === 0;
}

/**
 * No paragraph matches: the beginning of the first non-empty paragraph.
 * @param {string[]} paragraphs @param {number} maxChars
 * @returns {Snippet}
 */
function leadingSnippet(paragraphs, maxChars) {
  const paragraphIndex = paragraphs.findIndex((text) => text.trim() !== '');
  if (paragraphIndex < 0) return { html: '', paragraphIndex: -1, hitStart: -1, hitEnd: -1 };
  const text = paragraphs[paragraphIndex];
  const end = wordEndBefore(text, Math.min(text.length, maxChars), 0) || Math.min(text.length, maxChars);
  return { html: escapeHtml(text.slice(0, end)) + (end < text.length ? ELLIPSIS : ''), paragraphIndex, hitStart: -1, hitEnd: -1 };
}

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
