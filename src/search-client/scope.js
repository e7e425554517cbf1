// Which kinds of document a search shows. Quotations are indexed as documents of their own
// (type "quote") beside their record (type "announcement"). A search shows records only, unless
// it asks for types (a `type` filter, as the page's "Quotations only" sets) or its query names the
// type field itself (type:quote, -type:quote), which then decides. Like the facet filters this only
// removes hits: BM25's document count and every score are the same whatever is shown. Mirrors
// IprArchive.Search's DocumentScope.

export const TYPE_FIELD = 'type';
export const RECORD_TYPE = 'announcement';
export const QUOTE_TYPE = 'quote';

/**
 * The types to show, or null for every type.
 * @param {Record<string, string[]>} filters
 * @param {import('./query-builder.js').Query} query
 * @returns {Set<string> | null}
 */
export function acceptedTypes(filters, query) {
  const asked = filters[TYPE_FIELD];
  if (asked && asked.length > 0) return new Set(asked);
  return namesType(query) ? null : new Set([RECORD_TYPE]);
}

/**
 * The filters without the type, which acceptedTypes handles.
 * @param {Record<string, string[]>} filters
 * @returns {Record<string, string[]>}
 */
export function withoutType(filters) {
  return Object.fromEntries(Object.entries(filters).filter(([facet]) => facet !== TYPE_FIELD));
}

/**
 * Whether any clause, prohibited ones included, searches the type field.
 * @param {import('./query-builder.js').Query} query
 * @returns {boolean}
 */
function namesType(query) {
  switch (query.type) {
    case 'term': case 'phrase': case 'prefix': return query.field === TYPE_FIELD;
    case 'bool': return query.clauses.some((clause) => namesType(clause.query));
    default: return false;
  }
}
