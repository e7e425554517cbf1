// Filters and facet counts over the column store (columns.js). Mirrors the C# SearchService:
// values of one facet OR-ed, facets AND-ed; counts most frequent first, ties by value.
// Which facets there are, their labels and how the columns hold them come from the manifest's
// `facetDeclarations`, written from the C# declaration (FacetCatalogue); nothing here names one.

/**
 * @typedef {{ name: string, field: string, label: string, plural: string, column: boolean, inherited: boolean, counted: boolean }} FacetDeclaration
 */

/** What manifests written before `facetDeclarations` hold (format 3's facets). */
const EARLIER_DECLARATIONS = /** @type {FacetDeclaration[]} */ ([
  ['speaker', 'speaker', 'Speaker', 'Speakers', true, false, true],
  ['organization', 'org', 'Organisation', 'Organisations', true, true, true],
  ['year', 'year', 'Year', 'Years', false, false, true],
  ['plan', 'plan', 'Plan period', 'Plan periods', true, true, true],
  ['topic', 'topic', 'Topic', 'Topics', true, true, true],
  ['language', 'lang', 'Language', 'Languages', true, true, true],
  ['type', 'type', 'Type', 'Types', false, false, false],
].map(([name, field, label, plural, column, inherited, counted]) => ({ name, field, label, plural, column, inherited, counted })));

/**
 * The facets of an export, in the order results show them.
 * @param {{ facetDeclarations?: FacetDeclaration[] } | undefined} manifest
 * @returns {FacetDeclaration[]}
 */
export function facetDeclarations(manifest) {
  return manifest?.facetDeclarations ?? EARLIER_DECLARATIONS;
}

/**
 * The facets the column files hold as value ids, in file order, and those a quotation copies from its record.
 * @param {FacetDeclaration[]} declarations
 */
export function columnFacets(declarations) {
  return {
    columns: declarations.filter((f) => f.column).map((f) => f.name),
    inherited: new Set(declarations.filter((f) => f.column && f.inherited).map((f) => f.name)),
  };
}

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
