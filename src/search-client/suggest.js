// "Did you mean": for a query that finds nothing, the indexed terms closest to each of its words
// (edit distance over the term shard that holds the word, which the query has already fetched),
// most frequent first. Only the searchable (default) fields count, so that a suggestion finds
// something when searched as it is.
import { analyze } from './analysis.js';

/** Most edits allowed: one for short words (a typo in "tpp" is another word), two otherwise. */
const maxEdits = (/** @type {string} */ term) => (term.length <= 4 ? 1 : 2);

/**
 * Up to `limit` indexed terms near the query's words, closest first, then the most frequent.
 * Returns [] when every word is in the index (nothing to correct).
 * @param {import('./index.js').SearchIndex} index
 * @param {string} query the query as typed; field names, operators and phrases are read as words
 * @param {{ limit?: number }} [options]
 * @returns {Promise<{ word: string, term: string, distance: number }[]>} word: the typed word; term: the indexed term
 */
export async function suggestTerms(index, query, { limit = 3 } = {}) {
  const defaults = new Set(index.manifest.fields.flatMap((f, i) => (f.default ? [i] : [])));
  const words = query.split(/[\s"()]+/).filter((w) => w && !/^(AND|OR|NOT)$/.test(w) && !w.includes(':'));
  const found = [];
  for (const word of words) {
    for (const token of analyze(word.replace(/^[-+]/, '').replace(/\*$/, ''))) {
      const candidates = await termsNear(index.dictionary, token.term, defaults);
      if (candidates.some((c) => c.distance === 0)) continue;
      for (const c of candidates) found.push({ word, term: c.term, distance: c.distance, df: c.df });
    }
  }
  found.sort((a, b) => a.distance - b.distance || b.df - a.df || (a.term < b.term ? -1 : 1));
  const seen = new Set();
  return found.filter((f) => !seen.has(f.term) && seen.add(f.term)).slice(0, limit).map(({ word, term, distance }) => ({ word, term, distance }));
}

/**
 * Terms of the shard holding `term` within its edit budget, with their document frequency in the
 * default fields.
 * @param {import('./shards.js').TermDictionary} dictionary @param {string} term @param {Set<number>} fields
 */
async function termsNear(dictionary, term, fields) {
  const [hash] = await dictionary.shardsBetween(term, `${term}\u0000`);
  if (hash === undefined) return [];
  const shard = await dictionary.shard(hash);
  const budget = maxEdits(term);
  const near = [];
  shard.terms.forEach((candidate, i) => {
    if (Math.abs(candidate.length - term.length) > budget) return;
    const df = shard.entries[i].reduce((sum, e) => sum + (fields.has(e.field) ? e.df : 0), 0);
    if (df === 0) return;
    const distance = editDistance(term, candidate, budget);
    if (distance <= budget) near.push({ term: candidate, distance, df });
  });
  return near;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours, which is most typos), or budget + 1 as soon as it must exceed the budget.
 * @param {string} a @param {string} b @param {number} budget
 */
export function editDistance(a, b, budget) {
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > budget) return budget + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
