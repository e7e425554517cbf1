// Lucene 4.8's CJKBigramFilter with its defaults (Han, Hiragana, Katakana and Hangul; no unigrams):
// adjacent CJK characters become overlapping bigrams; a CJK character with no CJK neighbour stays a
// unigram; a run ends at any non-CJK token or any gap in the offsets (such as a space).

/** @typedef {import('./standard-tokenizer.js').RawToken} RawToken */

export const CJK_TYPES = Object.freeze(new Set(['<IDEOGRAPHIC>', '<HIRAGANA>', '<KATAKANA>', '<HANGUL>']));
export const DOUBLE_TYPE = '<DOUBLE>';
export const SINGLE_TYPE = '<SINGLE>';

/**
 * @param {RawToken[]} tokens the tokenizer's output
 * @returns {RawToken[]} non-CJK tokens unchanged; CJK runs as bigrams or lone unigrams. Like
 *   Lucene, bigrams and unigrams always have position increment 1.
 */
export function cjkBigrams(tokens) {
  /** @type {RawToken[]} */ const out = [];
  /** @type {{ ch: string, start: number, end: number }[]} */ let run = [];

  const flushRun = () => {
    if (run.length === 1) {
      out.push({ text: run[0].ch, type: SINGLE_TYPE, start: run[0].start, end: run[0].end, positionIncrement: 1 });
    }
    for (let i = 0; i + 1 < run.length; i++) {
      const first = run[i];
      const second = run[i + 1];
      out.push({ text: first.ch + second.ch, type: DOUBLE_TYPE, start: first.start, end: second.end, positionIncrement: 1 });
    }
    run = [];
  };

  for (const token of tokens) {
    if (!CJK_TYPES.has(token.type)) {
      flushRun();
      out.push(token);
      continue;
    }
    if (run.length > 0 && run[run.length - 1].end !== token.start) flushRun();
    run.push(...characters(token));
  }
  flushRun();
  return out;
}

/**
 * The code points of a CJK token with their own offsets (a Katakana or Hangul token spans several).
 * @param {RawToken} token
 */
function characters(token) {
  const aligned = token.end - token.start === token.text.length;
  const chars = [];
  let start = token.start;
  for (const ch of token.text) {
    // Offsets that do not match the text (changed by a char filter) are kept whole, as Lucene does.
    const end = aligned ? start + ch.length : token.end;
    chars.push({ ch, start: aligned ? start : token.start, end });
    if (aligned) start = end;
  }
  return chars;
}
