// Lucene.Net 4.8's BM25Similarity (k1 = 1.2, b = 0.75) with its float arithmetic: every operation
// Lucene does in float is rounded with Math.fround here, in the same order, so that scores match
// bit for bit. Norms are Lucene's one-byte SmallFloat "315" encoding of 1/sqrt(field length).

const f = Math.fround;

export const K1 = f(1.2);
export const B = f(0.75);

const scratch = new DataView(new ArrayBuffer(4));

/** @param {number} value @returns {number} the float's IEEE 754 bits as a signed 32-bit integer */
function floatBits(value) {
  scratch.setFloat32(0, value);
  return scratch.getInt32(0);
}

/** @param {number} bits @returns {number} */
function bitsToFloat(bits) {
  scratch.setInt32(0, bits);
  return scratch.getFloat32(0);
}

/**
 * SmallFloat.byte315ToFloat: a byte (3 mantissa bits, zero exponent at 15) back to a float.
 * @param {number} byte 0–255
 */
export function byte315ToFloat(byte) {
  if ((byte & 0xff) === 0) return 0;
  return bitsToFloat(((byte & 0xff) << 21) + ((63 - 15) << 24));
}

/**
 * SmallFloat.floatToByte315: a float squeezed into one byte, rounding down.
 * @param {number} value
 * @returns {number} 0–255
 */
export function floatToByte315(value) {
  const bits = floatBits(f(value));
  const small = bits >> 21;
  if (small <= (63 - 15) << 3) return bits <= 0 ? 0 : 1;
  if (small >= ((63 - 15) << 3) + 0x100) return 255;
  return small - ((63 - 15) << 3);
}

/**
 * The norm byte Lucene stores for a field of `length` tokens (BM25Similarity.encodeNormValue):
 * boost / sqrt(length) in float, then floatToByte315.
 * @param {number} length number of tokens (overlapping tokens not counted)
 * @param {number} [boost] index-time field boost
 */
export function encodeNorm(length, boost = 1) {
  return floatToByte315(f(f(boost) / f(Math.sqrt(length))));
}

/** BM25Similarity's NORM_TABLE: decoded field length for each byte (byte 0 gives Infinity, as in Lucene). */
export const NORM_TABLE = Float32Array.from({ length: 256 }, (_, i) => {
  const value = byte315ToFloat(i);
  return f(1 / f(value * value));
});

/**
 * The field length a norm byte stands for (1 / f², f = byte315ToFloat(byte)).
 * @param {number} byte
 */
export function decodeNormLength(byte) {
  return NORM_TABLE[byte & 0xff];
}

/**
 * idf = ln(1 + (N − df + 0.5) / (df + 0.5)) in double, rounded to float; N is the index's maxDoc.
 * @param {number} docFreq documents containing the term in this field
 * @param {number} maxDoc all documents of the index (deleted ones included)
 */
export function idf(docFreq, maxDoc) {
  return f(Math.log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5)));
}

/**
 * A phrase's idf: the float sum of its terms' idfs, in term order.
 * @param {number[]} docFreqs
 * @param {number} maxDoc
 */
export function phraseIdf(docFreqs, maxDoc) {
  let sum = 0;
  for (const df of docFreqs) sum = f(sum + idf(df, maxDoc));
  return sum;
}

/**
 * Average field length: sumTotalTermFreq / maxDoc in double, rounded to float; 1 when the field
 * has no statistics.
 * @param {number} sumTotalTermFreq total tokens of the field over all documents
 * @param {number} maxDoc
 */
export function averageFieldLength(sumTotalTermFreq, maxDoc) {
  if (sumTotalTermFreq <= 0) return 1;
  return f(sumTotalTermFreq / maxDoc);
}

/**
 * The per-field table BM25Similarity computes once per query term:
 * cache[byte] = k1 × ((1 − b) + b × decodedLength(byte) / avgdl).
 * @param {number} avgdl from averageFieldLength
 * @returns {Float32Array}
 */
export function normCache(avgdl) {
  const cache = new Float32Array(256);
  const oneMinusB = f(1 - B);
  for (let i = 0; i < 256; i++) {
    cache[i] = f(K1 * f(oneMinusB + f(f(B * NORM_TABLE[i]) / avgdl)));
  }
  return cache;
}

/**
 * A term's (or phrase's) weight: idf × its own boost × the product of its enclosing boolean
 * queries' boosts (topLevelBoost); BM25 ignores queryNorm and coord.
 * @param {number} idfValue from idf or phraseIdf
 * @param {number} [queryBoost] the term or phrase query's own boost
 * @param {number} [topLevelBoost] product of enclosing boolean boosts
 */
export function termWeight(idfValue, queryBoost = 1, topLevelBoost = 1) {
  return f(f(idfValue * f(queryBoost)) * f(topLevelBoost));
}

/**
 * The constant factor of a term's per-document score: weight × (k1 + 1).
 * @param {number} weight from termWeight
 */
export function weightValue(weight) {
  return f(weight * f(K1 + 1));
}

/**
 * One term's score in one document: weightValue × freq / (freq + cache[normByte]).
 * For a phrase, freq is the number of exact matches in the document.
 * @param {number} weightValueOfTerm from weightValue
 * @param {number} freq term (or phrase) frequency in the document's field
 * @param {number} normByte the document's norm byte for the field
 * @param {Float32Array} cache from normCache for the field
 */
export function termScore(weightValueOfTerm, freq, normByte, cache) {
  const frequency = f(freq);
  return f(f(weightValueOfTerm * frequency) / f(frequency + cache[normByte & 0xff]));
}

/**
 * Sums clause scores as a boolean query does (float, in clause order); coord is 1 under BM25.
 * @param {number[]} scores
 */
export function sumScores(scores) {
  let sum = 0;
  for (const score of scores) sum = f(sum + score);
  return sum;
}
