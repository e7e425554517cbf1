// Filters and facet counts over the column store (columns.js). Mirrors the C# SearchService:
// values of one facet OR-ed, facets AND-ed; counts most frequent first, ties by value.

/**
 * The facets a filter set needs loaded (the type is scope.js's, the year comes from doc order).
 * @param {Record<string, string[]>} filters
 */
export function needsFacetPages(filters) {
  return Object.entries(filters).some(([facet, wanted]) => wanted?.length > 0 && facet !== 'year');
}

/**
 * A predicate over doc ids for facet filters, once the store has the docs' pages loaded.
 * Unknown facet values match nothing, as in the C# service.
 * @param {import('./columns.js').ColumnStore} store
 * @param {Record<string, string[]>} [filters]
 * @returns {(doc: number) => boolean}
 */
export function compileFilter(store, filters = {}) {
  const active = Object.entries(filters).filter(([, wanted]) => wanted && wanted.length > 0)
    .map(([facet, wanted]) => /** @type {[string, Set<string>]} */ ([facet, new Set(wanted)]));
  return (doc) => active.every(([facet, wanted]) => store.facetValues(facet, doc).some((v) => wanted.has(v)));
}

/**
 * Value → count per facet over all `docs`, most frequent first, ties by value (UTF-16 order),
 * the same order the C# service writes.
 * @param {import('./columns.js').ColumnStore} store @param {string[]} facets @param {number[]} docs
 * @returns {Record<string, Record<string, number>>}
 */
export function countFacets(store, facets, docs) {
  /** @type {Record<string, Record<string, number>>} */ const result = {};
  for (const facet of facets) {
    const counts = new Map();
    for (const doc of docs) {
      for (const value of new Set(store.facetValues(facet, doc))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    result[facet] = Object.fromEntries(ordered);
  }
  return result;
}
