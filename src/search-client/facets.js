// The facets of an export, as every query needs them (filters and counts are in facet-pages.js,
// loaded on demand). Which facets there are, their labels and how the columns hold them come from the manifest's
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
