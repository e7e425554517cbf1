// Result snippets: the best passage of a record's paragraphs, cut at word boundaries, with the
// query's terms in <mark> and everything else HTML-escaped (records may contain markup).
import { analyze } from './analysis.js';

const ELLIPSIS = '…';

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
 * @param {{ maxChars?: number, prefixes?: readonly string[] }} [options]
 *   maxChars: longest passage (without ellipses); prefixes: analyzed-term prefixes from prefix queries
 * @returns {Snippet}
 */
export function snippet(paragraphs, queryTerms, { maxChars = 200, prefixes = [] } = {}) {
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
      html: render(paragraphs[best.paragraphIndex], best), paragraphIndex: best.paragraphIndex,
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
 * maxChars, ending at a word boundary.
 * @param {string} text @param {Hit} anchor @param {Hit[]} hits @param {number} maxChars @param {number} paragraphIndex
 * @returns {Passage}
 */
function passageAround(text, anchor, hits, maxChars, paragraphIndex) {
  const lead = Math.floor(maxChars / 5);
  const start = wordStartBefore(text, anchor.start, lead);
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

/** @param {string} text @param {Passage} passage */
function render(text, passage) {
  let html = passage.start > 0 ? ELLIPSIS : '';
  let at = passage.start;
  for (const range of mergeOverlapping(passage.hits)) {
    html += escapeHtml(text.slice(at, range.start)) + '<mark>' + escapeHtml(text.slice(range.start, range.end)) + '</mark>';
    at = range.end;
  }
  html += escapeHtml(text.slice(at, passage.end));
  return passage.end < text.length ? html + ELLIPSIS : html;
}

/**
 * One range per run of overlapping or touching hits, so that CJK bigrams ("知识", "识产", "产权")
 * are marked as one word.
 * @param {Hit[]} hits in text order
 */
function mergeOverlapping(hits) {
  /** @type {{ start: number, end: number }[]} */ const ranges = [];
  for (const hit of hits) {
    const last = ranges[ranges.length - 1];
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else ranges.push({ start: hit.start, end: hit.end });
  }
  return ranges;
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
