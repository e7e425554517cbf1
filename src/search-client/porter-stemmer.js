// The original Porter (1980) stemming algorithm as Lucene's PorterStemmer implements it,
// quirks included: words of one or two characters are left alone, 'y' is a consonant at the
// start of a word or after a vowel, Lucene's step numbering (1: plurals and -ed/-ing,
// 2: y → i, 3–6: Porter's steps 2–5), and its extra "logi" → "log" rule.

/**
 * Works on an array of characters: `k` is the index of the last character of the current stem,
 * `j` the end of the stem before a suffix that `ends` matched.
 */
class Stemmer {
  /** @param {string} word */
  constructor(word) {
    this.b = word.split('');
    this.k = this.b.length - 1;
    this.j = 0;
  }

  /** True when b[i] is a consonant. @param {number} i @returns {boolean} */
  cons(i) {
    switch (this.b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u': return false;
      case 'y': return i === 0 ? true : !this.cons(i - 1);
      default: return true;
    }
  }

  /** The number of vowel-consonant sequences in b[0..j] (Porter's m). */
  m() {
    let n = 0;
    let i = 0;
    const j = this.j;
    for (;;) {
      if (i > j) return n;
      if (!this.cons(i)) break;
      i++;
    }
    i++;
    for (;;) {
      for (;;) {
        if (i > j) return n;
        if (this.cons(i)) break;
        i++;
      }
      i++;
      n++;
      for (;;) {
        if (i > j) return n;
        if (!this.cons(i)) break;
        i++;
      }
      i++;
    }
  }

  vowelInStem() {
    for (let i = 0; i <= this.j; i++) if (!this.cons(i)) return true;
    return false;
  }

  /** True when b[j-1..j] is a double consonant. @param {number} j */
  doubleConsonant(j) {
    if (j < 1) return false;
    if (this.b[j] !== this.b[j - 1]) return false;
    return this.cons(j);
  }

  /** True when b[i-2..i] is consonant-vowel-consonant and the last is not w, x or y. @param {number} i */
  cvc(i) {
    if (i < 2 || !this.cons(i) || this.cons(i - 1) || !this.cons(i - 2)) return false;
    const ch = this.b[i];
    return !(ch === 'w' || ch === 'x' || ch === 'y');
  }

  /** True when b[0..k] ends with s; then j marks the end of the part before it. @param {string} s */
  ends(s) {
    const o = this.k - s.length + 1;
    if (o < 0) return false;
    for (let i = 0; i < s.length; i++) if (this.b[o + i] !== s[i]) return false;
    this.j = this.k - s.length;
    return true;
  }

  /** Replaces b[j+1..k] with s. @param {string} s */
  setTo(s) {
    const o = this.j + 1;
    for (let i = 0; i < s.length; i++) this.b[o + i] = s[i];
    this.k = this.j + s.length;
  }

  /** @param {string} s */
  replaceIfMeasured(s) {
    if (this.m() > 0) this.setTo(s);
  }

  /** Plurals and -ed / -ing. */
  step1() {
    const b = this.b;
    if (b[this.k] === 's') {
      if (this.ends('sses')) this.k -= 2;
      else if (this.ends('ies')) this.setTo('i');
      else if (b[this.k - 1] !== 's') this.k--;
    }
    if (this.ends('eed')) {
      if (this.m() > 0) this.k--;
    } else if ((this.ends('ed') || this.ends('ing')) && this.vowelInStem()) {
      this.k = this.j;
      if (this.ends('at')) this.setTo('ate');
      else if (this.ends('bl')) this.setTo('ble');
      else if (this.ends('iz')) this.setTo('ize');
      else if (this.doubleConsonant(this.k)) {
        const ch = b[this.k--];
        if (ch === 'l' || ch === 's' || ch === 'z') this.k++;
      } else if (this.m() === 1 && this.cvc(this.k)) this.setTo('e');
    }
  }

  /** Terminal y → i when the stem has a vowel. */
  step2() {
    if (this.ends('y') && this.vowelInStem()) this.b[this.k] = 'i';
  }

  /** Double suffixes to single ones (-ization → -ize ...), when m > 0. */
  step3() {
    if (this.k === 0) return;
    const rules = STEP3_RULES[this.b[this.k - 1]];
    this.applyFirst(rules);
  }

  /** -ic-, -full, -ness etc., when m > 0. */
  step4() {
    this.applyFirst(STEP4_RULES[this.b[this.k]]);
  }

  /** @param {ReadonlyArray<readonly [string, string]> | undefined} rules */
  applyFirst(rules) {
    if (!rules) return;
    for (const [suffix, replacement] of rules) {
      if (this.ends(suffix)) {
        this.replaceIfMeasured(replacement);
        return;
      }
    }
  }

  /** Drops -ant, -ence etc. when m > 1. */
  step5() {
    if (this.k === 0) return;
    const suffixes = STEP5_SUFFIXES[this.b[this.k - 1]];
    if (!suffixes) return;
    let matched = false;
    for (const suffix of suffixes) {
      if (!this.ends(suffix)) continue;
      if (suffix === 'ion' && !(this.j >= 0 && (this.b[this.j] === 's' || this.b[this.j] === 't'))) continue;
      matched = true;
      break;
    }
    if (matched && this.m() > 1) this.k = this.j;
  }

  /** Drops a final -e when m > 1 (or m = 1 and not cvc), and -ll → -l when m > 1. */
  step6() {
    this.j = this.k;
    if (this.b[this.k] === 'e') {
      const a = this.m();
      if (a > 1 || (a === 1 && !this.cvc(this.k - 1))) this.k--;
    }
    if (this.b[this.k] === 'l' && this.doubleConsonant(this.k) && this.m() > 1) this.k--;
  }

  stem() {
    if (this.k > 1) {
      this.step1();
      this.step2();
      this.step3();
      this.step4();
      this.step5();
      this.step6();
    }
    return this.b.slice(0, this.k + 1).join('');
  }
}

/** Lucene's step3 (Porter's step 2), keyed by the penultimate character. */
const STEP3_RULES = /** @type {Record<string, ReadonlyArray<readonly [string, string]>>} */ ({
  a: [['ational', 'ate'], ['tional', 'tion']],
  c: [['enci', 'ence'], ['anci', 'ance']],
  e: [['izer', 'ize']],
  l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
  o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
  s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
  t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']],
  g: [['logi', 'log']],
});

/** Lucene's step4 (Porter's step 3), keyed by the last character. */
const STEP4_RULES = /** @type {Record<string, ReadonlyArray<readonly [string, string]>>} */ ({
  e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']],
  i: [['iciti', 'ic']],
  l: [['ical', 'ic'], ['ful', '']],
  s: [['ness', '']],
});

/** Lucene's step5 (Porter's step 4), keyed by the penultimate character; "ion" needs s or t before it. */
const STEP5_SUFFIXES = /** @type {Record<string, readonly string[]>} */ ({
  a: ['al'],
  c: ['ance', 'ence'],
  e: ['er'],
  i: ['ic'],
  l: ['able', 'ible'],
  n: ['ant', 'ement', 'ment', 'ent'],
  o: ['ion', 'ou'],
  s: ['ism'],
  t: ['ate', 'iti'],
  u: ['ous'],
  v: ['ive'],
  z: ['ize'],
});

/**
 * Stems one lower-case word as Lucene's PorterStemFilter does ("generalizations" → "gener").
 * @param {string} word
 * @returns {string}
 */
export function porterStem(word) {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = new Stemmer(word).stem();
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

// Text repeats its words, so stems are remembered (bounded, cleared when full).
const MAX_CACHED_STEMS = 20000;
/** @type {Map<string, string>} */
const stems = new Map();
