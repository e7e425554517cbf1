// The token filters of the shared analyzer after tokenizing: EnglishPossessiveFilter,
// LowerCaseFilter, ASCIIFoldingFilter and StopFilter, each as Lucene 4.8 defines it.
// Every filter takes and returns an array of { text, start, end, positionIncrement, ... } tokens.

/** @typedef {{ text: string, start: number, end: number, positionIncrement: number, type?: string }} FilterToken */

/** EnglishAnalyzer's default stop set (Lucene 4.8 StopAnalyzer.ENGLISH_STOP_WORDS_SET). */
export const ENGLISH_STOP_WORDS = Object.freeze(new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it',
  'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these',
  'they', 'this', 'to', 'was', 'will', 'with',
]));

// Apostrophes the possessive filter recognises (since Lucene 3.6): ' ’ ＇ — not ‘.
const POSSESSIVE_APOSTROPHES = new Set(['\u0027', '\u2019', '\uff07']);

/**
 * Strips a trailing 's / ’s / ＇s (either case of s) — EnglishPossessiveFilter.
 * @param {string} text
 */
export function stripPossessive(text) {
  const n = text.length;
  if (n >= 2 && POSSESSIVE_APOSTROPHES.has(text[n - 2]) && (text[n - 1] === 's' || text[n - 1] === 'S')) {
    return text.slice(0, n - 2);
  }
  return text;
}

/**
 * Lower-cases per code point (simple case mapping: one code point in, one out), as Lucene.Net's
 * LowerCaseFilter does. JavaScript's toLowerCase is full, contextual mapping, so it is
 * only used on one code point at a time and only when it yields a single code point.
 * @param {string} text
 */
export function lowerCase(text) {
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += lowerCodePoint(ch);
  return out;
}

// Where Lucene.Net (under .NET's invariant culture) differs from one-code-point toLowerCase:
// İ stays İ (JavaScript would give "i̇").
/** @type {Map<string, string>} */
const LOWER_EXCEPTIONS = new Map([['\u0130', '\u0130']]);

/** @param {string} ch one code point */
function lowerCodePoint(ch) {
  if (ch < '\u0080') return ch >= 'A' && ch <= 'Z' ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch;
  const exception = LOWER_EXCEPTIONS.get(ch);
  if (exception !== undefined) return exception;
  const lower = ch.toLowerCase();
  return [...lower].length === 1 ? lower : ch;
}

/**
 * The Unicode blocks holding every character Lucene's ASCIIFoldingFilter changes (english-filters.test.js
 * checks this against the data): text without any of them folds to itself, and the folding data
 * (ascii-folding-data.js, a tenth of the engine's bytes) is fetched only for text that has one.
 */
export const MAY_FOLD = /[\u0080-\u02ff\u1d00-\u1eff\u2000-\u21ff\u2400-\u24ff\u2700-\u27ff\u2c00-\u2cff\u2e00-\u2eff\ua700-\ua7ff\ufb00-\ufbff\uff00-\uffff]/;

/**
 * The foldings of the characters common in this archive's text (Latin-1 letters, typographic
 * quotes and dashes; full-width ASCII forms, below, by rule), kept here so that text with only
 * these never fetches the data. Each entry: the character, then what it folds to.
 */
const COMMON_FOLDINGS = new Map(('«" ²2 ³3 ¹1 »" ÀA ÁA ÂA ÃA ÄA ÅA ÆAE ÇC ÈE ÉE ÊE ËE ÌI ÍI ÎI ÏI ÐD ÑN ÒO ÓO ÔO ÕO ÖO ØO '
  + 'ÙU ÚU ÛU ÜU ÝY ÞTH ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy '
  + 'þth ÿy ‐- ‑- ‒- –- —- ‘\' ’\' ‚\' ‛\' “" ”" „" ′\' ″" ‵\' ‶" ‸^ ‹\' ›\' ‼!!').split(' ').map((pair) => [pair[0], pair.slice(1)]));

/** Full-width ASCII forms (U+FF01–FF5E) fold to ASCII, all but these two. @param {number} cp */
const isFullWidthAscii = (cp) => cp >= 0xff01 && cp <= 0xff5e && cp !== 0xff40 && cp !== 0xff5c;

/** @param {string} ch @returns {string | undefined} the folding of a common character */
function commonFolding(ch) {
  const cp = ch.charCodeAt(0);
  return isFullWidthAscii(cp) ? String.fromCharCode(cp - 0xfee0) : COMMON_FOLDINGS.get(ch);
}

/** @param {string} text @returns {boolean} whether folding `text` needs the data (ascii-folding-data.js) */
export function needsFoldingData(text) {
  if (!MAY_FOLD.test(text)) return false;
  for (const ch of text) {
    if (MAY_FOLD.test(ch) && commonFolding(ch) === undefined) return true;
  }
  return false;
}

/** @type {Map<string, string> | null} character → its ASCII replacement, once loaded */
let foldings = null;
/** @type {Promise<void> | null} */
let foldingsPending = null;

/** Fetches the folding data (once); foldToAscii needs it for text that MAY_FOLD matches. @returns {Promise<void>} */
export function loadFoldings() {
  foldingsPending ??= import('./ascii-folding-data.js').then(({ ASCII_FOLDINGS }) => {
    const map = new Map();
    for (const [replacement, chars] of ASCII_FOLDINGS) {
      for (const part of chars.split(' ')) {
        const [first, last = first] = part.split('-').map((hex) => parseInt(hex, 16));
        for (let cp = first; cp <= last; cp++) map.set(String.fromCharCode(cp), replacement);
      }
    }
    foldings = map;
  });
  foldingsPending.catch(() => { foldingsPending = null; });
  return foldingsPending;
}

/**
 * Folds letters, digits and symbols to their ASCII equivalents ("António" → "Antonio",
 * "“" → "\"") exactly as Lucene's ASCIIFoldingFilter (preserveOriginal = false). Text that
 * needsFoldingData finds needs loadFoldings() first.
 * @param {string} text
 */
export function foldToAscii(text) {
  // Fast path: most text has nothing to fold.
  if (!MAY_FOLD.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const common = commonFolding(ch);
    if (common !== undefined) out += common;
    else if (foldings) out += foldings.get(ch) ?? ch;
    // Never fold silently without the data: a term would miss the index.
    else if (MAY_FOLD.test(ch)) throw new Error('foldToAscii: the folding data is not loaded (await loadFoldings() or prepareAnalysis() first)');
    else out += ch;
  }
  return out;
}

/**
 * Removes stop words; the next kept token's position increment absorbs the removed ones
 * (Lucene 4.8 StopFilter always keeps position gaps).
 * @template {FilterToken} T
 * @param {T[]} tokens
 * @param {ReadonlySet<string>} [stopWords]
 * @returns {T[]}
 */
export function removeStopWords(tokens, stopWords = ENGLISH_STOP_WORDS) {
  /** @type {T[]} */ const kept = [];
  let skipped = 0;
  for (const token of tokens) {
    if (stopWords.has(token.text)) {
      skipped += token.positionIncrement;
      continue;
    }
    kept.push(skipped ? { ...token, positionIncrement: token.positionIncrement + skipped } : token);
    skipped = 0;
  }
  return kept;
}
