// Matches per year for the search page's timeline: every year from the archive's first to its
// last, years without a match included as 0. Needs no column page: doc ids are in date order and
// the manifest lists the first doc id of each year (columns.js). Mirrors the C# Timeline.

/**
 * Year ("2019") → how many of `docs` are dated in it, oldest year first.
 * @param {{ years(): string[], yearOf(doc: number): string }} store the column store
 * @param {ArrayLike<number>} docs matched doc ids
 * @returns {Record<string, number>}
 */
export function countTimeline(store, docs) {
  const years = store.years();
  /** @type {Record<string, number>} */ const counts = {};
  if (years.length === 0) return counts;
  const first = Number(years[0]);
  const last = Number(years[years.length - 1]);
  for (let year = first; year <= last; year++) counts[String(year)] = 0;
  for (let i = 0; i < docs.length; i++) counts[store.yearOf(docs[i])]++;
  return counts;
}
