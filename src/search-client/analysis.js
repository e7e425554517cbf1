// The shared "ArchiveAnalyzer": StandardTokenizer → CJKBigramFilter → EnglishPossessiveFilter →
// LowerCaseFilter → ASCIIFoldingFilter → StopFilter (English, gaps kept) → PorterStemFilter,
// exactly as the C# index builds it, so that query terms meet indexed terms.
import { tokenize } from './standard-tokenizer.js';
import { cjkBigrams } from './cjk-bigrams.js';
import { stripPossessive, lowerCase, foldToAscii, removeStopWords, needsFoldingData, loadFoldings } from './english-filters.js';
import { porterStem } from './porter-stemmer.js';

/**
 * @typedef {object} Token
 * @property {string} term the indexed form
 * @property {number} position 0-based; stop words removed before a token still count
 * @property {number} start UTF-16 offset of the token's first character in the original text
 * @property {number} end UTF-16 offset just past its last character
 * @property {number} positionIncrement position minus the previous token's position (first: position + 1)
 * @property {string} type the tokenizer's or bigram filter's type, e.g. "<ALPHANUM>", "<DOUBLE>"
 */

/**
 * Loads what analyzing `texts` needs beyond the modules every query loads: the ASCII folding data,
 * only when one of them has a character that may fold (before or after lower-casing) other than
 * the common ones english-filters.js folds itself.
 * @param {Iterable<string>} texts
 * @returns {Promise<void>}
 */
export async function prepareAnalysis(texts) {
  for (const text of texts) {
    if (needsFoldingData(text) || needsFoldingData(lowerCase(text))) return loadFoldings();
  }
}

/**
 * Analyzes text for an analyzed field (title, summary, body, speaker, org, topic, plan, event),
 * after prepareAnalysis([text]).
 * @param {string} text
 * @returns {Token[]}
 */
export function analyze(text) {
  const normalized = cjkBigrams(tokenize(text)).map((token) => ({
    ...token,
    text: foldToAscii(lowerCase(stripPossessive(token.text))),
  }));
  /** @type {Token[]} */ const tokens = [];
  let position = -1;
  for (const token of removeStopWords(normalized)) {
    position += token.positionIncrement;
    tokens.push({
      term: porterStem(token.text),
      position,
      start: token.start,
      end: token.end,
      positionIncrement: token.positionIncrement,
      type: token.type,
    });
  }
  return tokens;
}

/**
 * Analyzes the value of a keyword field (year, lang, type, date): the whole value, lower-cased,
 * as one term; an empty value gives one empty term, as Lucene's KeywordTokenizer does.
 * @param {string} text
 * @returns {Token[]}
 */
export function analyzeKeyword(text) {
  return [{ term: lowerCase(text), position: 0, start: 0, end: text.length, positionIncrement: 1, type: 'word' }];
}
