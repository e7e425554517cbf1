// Lucene 4.8's StandardTokenizer: the UAX #29 word-break grammar of StandardTokenizerImpl.jflex
// (Unicode 6.3), re-expressed as regular expressions over a string of word-break class letters,
// with JFlex's rule choice: the longest match wins, and on a tie the rule listed first.
import { WORD_BREAK_RUNS } from './word-break-data.js';

/** @typedef {{ text: string, type: string, start: number, end: number, positionIncrement: number }} RawToken */

export const TOKEN_TYPES = Object.freeze({
  ALPHANUM: '<ALPHANUM>',
  NUM: '<NUM>',
  SOUTHEAST_ASIAN: '<SOUTHEAST_ASIAN>',
  IDEOGRAPHIC: '<IDEOGRAPHIC>',
  HIRAGANA: '<HIRAGANA>',
  KATAKANA: '<KATAKANA>',
  HANGUL: '<HANGUL>',
});

/** Lucene's default; longer tokens are dropped (not split), leaving a position gap. */
export const MAX_TOKEN_LENGTH = 255;

const OTHER = 'O';
const bmpClasses = new Uint8Array(0x10000).fill(OTHER.charCodeAt(0));
/** @type {number[]} */ const astralStarts = [];
/** @type {number[]} */ const astralEnds = [];
/** @type {string[]} */ const astralClasses = [];

(function loadRuns() {
  let previousEnd = -1;
  for (const entry of WORD_BREAK_RUNS.split(' ')) {
    const [gap, extra] = entry.slice(1).split('.');
    const start = previousEnd + 1 + parseInt(gap, 36);
    const end = start + (extra ? parseInt(extra, 36) : 0);
    for (let cp = start; cp <= Math.min(end, 0xffff); cp++) bmpClasses[cp] = entry.charCodeAt(0);
    if (end > 0xffff) {
      astralStarts.push(Math.max(start, 0x10000));
      astralEnds.push(end);
      astralClasses.push(entry[0]);
    }
    previousEnd = end;
  }
})();

/** @param {number} cp */
function classOf(cp) {
  if (cp <= 0xffff) return String.fromCharCode(bmpClasses[cp]);
  let lo = 0;
  let hi = astralStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < astralStarts[mid]) hi = mid - 1;
    else if (cp > astralEnds[mid]) lo = mid + 1;
    else return astralClasses[mid];
  }
  return OTHER;
}

// The grammar's macros. "Ex" = the class followed by any Extend/Format characters (UAX #29 WB4).
const ex = (/** @type {string} */ set) => `${set}[ET]*`;
const HangulEx = ex('G');
const HebrewOrALetterEx = ex('[AJGH]');
const NumericEx = ex('N');
const KatakanaEx = ex('K');
const MidLetterEx = ex('[MLQ]');
const MidNumericEx = ex('[ULQ]');
const ExtendNumLetEx = ex('X');
const HanEx = ex('[JI]');
const HiraganaEx = ex('h');
const SingleQuoteEx = ex('Q');
const DoubleQuoteEx = ex('D');
const HebrewLetterEx = ex('H');
const RegionalIndicatorEx = ex('Y');

const numberChain = `${NumericEx}(?:(?:(?:${ExtendNumLetEx})*|${MidNumericEx})${NumericEx})*`;
const wordBody =
  `(?:${KatakanaEx}(?:(?:${ExtendNumLetEx})*${KatakanaEx})*` +
  `|(?:${HebrewLetterEx}(?:${SingleQuoteEx}|${DoubleQuoteEx}${HebrewLetterEx})` +
  `|${numberChain}` +
  `|${HebrewOrALetterEx}(?:(?:(?:${ExtendNumLetEx})*|${MidLetterEx})${HebrewOrALetterEx})*)+)`;

/**
 * The JFlex rules in grammar order; `type: null` marks matches that are skipped, not emitted.
 * `starts` lists the class letters a match can begin with (a cheap pre-check).
 */
const RULES = [
  { type: TOKEN_TYPES.NUM, starts: 'XN', source: `(?:${ExtendNumLetEx})*${numberChain}(?:${ExtendNumLetEx})*` },
  { type: TOKEN_TYPES.HANGUL, starts: 'G', source: `(?:${HangulEx})+` },
  { type: TOKEN_TYPES.KATAKANA, starts: 'K', source: `(?:${KatakanaEx})+` },
  { type: TOKEN_TYPES.ALPHANUM, starts: 'XKHNAJG', source: `(?:${ExtendNumLetEx})*${wordBody}(?:(?:${ExtendNumLetEx})+${wordBody})*(?:${ExtendNumLetEx})*` },
  // Unlike the other rules, a Southeast Asian run does not absorb following Extend characters.
  { type: TOKEN_TYPES.SOUTHEAST_ASIAN, starts: 'ST', source: '[ST]+' },
  { type: TOKEN_TYPES.IDEOGRAPHIC, starts: 'JI', source: HanEx },
  { type: TOKEN_TYPES.HIRAGANA, starts: 'h', source: HiraganaEx },
  { type: null, starts: 'Y', source: `${RegionalIndicatorEx}(?:${RegionalIndicatorEx})+` },
].map((rule) => ({ type: rule.type, starts: rule.starts, pattern: new RegExp(rule.source, 'y') }));

// Every rule that may start with ExtendNumLet ("_") allows any number of them first, so when
// nothing matches at the start of a run of them, nothing matches inside it either (no rule starts
// with a plain Extend character; Thai-like ones, T, can start a Southeast Asian token, so the run
// stops there). Skipping the whole run keeps long "_____" lines linear instead of quadratic.
const EXTEND_NUM_LET_RUN = /(?:XE*)+/y;

/**
 * Classifies every code point of `text`: one class letter per code point, plus the UTF-16 offset
 * where each code point starts (with one extra entry: text.length).
 * @param {string} text
 */
function classify(text) {
  /** @type {number[]} */ const offsets = [];
  /** @type {string[]} */ const letters = [];
  for (let i = 0; i < text.length; ) {
    const cp = /** @type {number} */ (text.codePointAt(i));
    offsets.push(i);
    letters.push(classOf(cp));
    i += cp > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  return { classes: letters.join(''), offsets };
}

/**
 * The longest rule match at `at` (in code points), or null when no rule matches.
 * @param {string} classes
 * @param {number} at
 */
function longestMatch(classes, at) {
  /** @type {{ type: string | null, length: number } | null} */
  let best = null;
  const first = classes[at];
  for (const rule of RULES) {
    if (!rule.starts.includes(first)) continue;
    rule.pattern.lastIndex = at;
    const match = rule.pattern.exec(classes);
    if (match && match[0].length > 0 && (!best || match[0].length > best.length)) {
      best = { type: rule.type, length: match[0].length };
    }
  }
  return best;
}

/**
 * Splits text into tokens exactly as Lucene 4.8's StandardTokenizer does: offsets are UTF-16
 * indexes into `text`; tokens longer than `maxTokenLength` UTF-16 units are dropped and the next
 * token's position increment counts them.
 * @param {string} text
 * @param {{ maxTokenLength?: number }} [options]
 * @returns {RawToken[]}
 */
export function tokenize(text, { maxTokenLength = MAX_TOKEN_LENGTH } = {}) {
  const { classes, offsets } = classify(text);
  /** @type {RawToken[]} */ const tokens = [];
  let skipped = 0;
  for (let at = 0; at < classes.length; ) {
    const match = longestMatch(classes, at);
    if (!match) {
      EXTEND_NUM_LET_RUN.lastIndex = at;
      at = EXTEND_NUM_LET_RUN.test(classes) ? EXTEND_NUM_LET_RUN.lastIndex : at + 1;
      continue;
    }
    const start = offsets[at];
    const end = offsets[at + match.length];
    at += match.length;
    if (match.type === null) continue;
    if (end - start > maxTokenLength) {
      skipped += 1;
      continue;
    }
    tokens.push({ text: text.slice(start, end), type: match.type, start, end, positionIncrement: skipped + 1 });
    skipped = 0;
  }
  return tokens;
}
