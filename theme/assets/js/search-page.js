// The search page (/search/): turns the plain GET form into search-as-you-type with facets, a
// date range, sort, "Quotations only" and pagination. The state lives in the URL (q, speaker=…,
// type=quote, from, to, sort, page), so a search can be shared and survives reload and the back button. Everything is
// fetched from this site: the engine (assets/search/*.js) and the index (search/).
import { openIndex } from '../search/index.js';
import { suggestTerms } from '../search/suggest.js';
import { analyze } from '../search/analysis.js';
import { renderTimeline } from './search-timeline.js';
import { aliasText } from '../search/aliases.js';

/**
 * Facets in display order, with their headings; each is also a URL parameter. Replaced by the
 * index manifest's declarations (FacetCatalogue in the C#) once the index is open.
 * @type {[string, string][]}
 */
let FACETS = [
  ['speaker', 'Speaker'], ['organization', 'Organisation'], ['year', 'Year'],
  ['plan', 'Plan period'], ['topic', 'Topic'], ['language', 'Language'],
];
/** URL parameters that are not facets: any other parameter filters by the facet it names. */
const NOT_FACETS = new Set(['q', 'type', 'from', 'to', 'sort', 'page']);
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 200;
const FACET_VALUES_SHOWN = 8;
/** From this width the filters are a side column, always open (the CSS breakpoint, 900 px). */
const WIDE = window.matchMedia('(min-width: 56.25rem)');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * @typedef {object} SearchState
 * @property {string} q
 * @property {Record<string, string[]>} filters facet → ticked values
 * @property {boolean} quotes quotations only (who said what) instead of records
 * @property {string} from ISO date or ""
 * @property {string} to ISO date or ""
 * @property {'relevance' | 'date'} sort
 * @property {number} page 1-based
 */

const form = /** @type {HTMLFormElement} */ (document.getElementById('site-search-form'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('site-search-page-q'));
const fromInput = /** @type {HTMLInputElement} */ (document.getElementById('site-search-from'));
const toInput = /** @type {HTMLInputElement} */ (document.getElementById('site-search-to'));
const sortInput = /** @type {HTMLSelectElement} */ (document.getElementById('site-search-sort'));
const quotesInput = /** @type {HTMLInputElement} */ (document.getElementById('site-search-quotes'));
const quotesCount = /** @type {HTMLElement} */ (document.getElementById('site-search-quotes-count'));
const facetsBox = /** @type {HTMLElement} */ (document.getElementById('site-search-facets'));
const filtersBox = /** @type {HTMLDetailsElement} */ (document.getElementById('site-search-filters'));
const filterCount = /** @type {HTMLElement} */ (document.getElementById('site-search-filter-count'));
const timeline = /** @type {HTMLElement} */ (document.getElementById('site-search-timeline'));
const status = /** @type {HTMLElement} */ (document.getElementById('site-search-status'));
// Why a hit was found through another name ("SIPO: former name of CNIPA"), right under the count.
const aliasNote = element('p', { id: 'site-search-aliases', class: 'search-aliases', hidden: '' });
status.after(aliasNote);
const results = /** @type {HTMLElement} */ (document.getElementById('site-search-results'));
const basePath = results.dataset.basePath || '/';

/** @type {Promise<import('../search/index.js').SearchIndex> | null} */
let index = null;
let latest = 0;
let typingTimer = 0;
let typingPushed = false;

/** @param {URLSearchParams} params @returns {SearchState} */
function stateFrom(params) {
  const page = Number.parseInt(params.get('page') || '1', 10);
  return {
    q: params.get('q') || '',
    filters: Object.fromEntries([...new Set([...FACETS.map(([facet]) => facet), ...[...params.keys()].filter((k) => !NOT_FACETS.has(k))])]
      .map((facet) => [facet, params.getAll(facet)])),
    quotes: params.getAll('type').includes('quote'),
    from: params.get('from') || '',
    to: params.get('to') || '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** @param {SearchState} state */
function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [facet, values] of Object.entries(state.filters)) for (const value of values) params.append(facet, value);
  if (state.quotes) params.set('type', 'quote');
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : '');
}

/** The form's current values as a state (page 1: any change starts over). @returns {SearchState} */
function stateOfForm() {
  const filters = Object.fromEntries(FACETS.map(([facet]) => [facet,
    [...facetsBox.querySelectorAll(`input[name="${facet}"]:checked`)].map((box) => /** @type {HTMLInputElement} */ (box).value)]));
  return { q: input.value.trim(), filters, quotes: quotesInput.checked, from: fromInput.value, to: toInput.value, sort: sortInput.value === 'date' ? 'date' : 'relevance', page: 1 };
}

/** @param {SearchState} state */
function fillForm(state) {
  if (input.value.trim() !== state.q) input.value = state.q;
  fromInput.value = state.from;
  toInput.value = state.to;
  sortInput.value = state.sort;
  quotesInput.checked = state.quotes;
}

/** Records `state` in the history (a new entry, or replacing the current one) and shows it. */
function go(state, { replace = false, focusResults = false } = {}) {
  const url = urlOf(state);
  if (url !== location.pathname + location.search) history[replace ? 'replaceState' : 'pushState'](null, '', url);
  return show(state, focusResults);
}

/** @param {SearchState} state @param {boolean} focusResults */
async function show(state, focusResults) {
  const ticket = ++latest;
  showFilterCount(state);
  showAliases([]);
  if (!state.q) {
    status.textContent = '';
    quotesCount.textContent = '';
    results.replaceChildren();
    facetsBox.replaceChildren();
    timeline.hidden = true;
    return;
  }
  let result;
  let opened;
  const options = {
    filters: { ...state.filters, type: state.quotes ? ['quote'] : [] }, from: state.from || undefined, to: state.to || undefined,
    sort: state.sort, page: state.page, pageSize: PAGE_SIZE,
  };
  try {
    index ??= openIndex(`${basePath}search/`);
    opened = await index;
    FACETS = opened.facetDeclarations.filter((f) => f.counted).map((f) => [f.name, f.label]);
    // The first results do not wait for the facet counts, which need the facet data of every
    // range that holds a hit: they follow.
    result = await opened.search(state.q, { ...options, facets: false });
  } catch {
    index = null;
    if (ticket === latest) status.textContent = 'Search is not available right now. Please try again, or browse the archive by speaker, topic or year.';
    return;
  }
  if (ticket !== latest) return; // a newer search has started; its answer wins
  if (result.error) {
    status.textContent = result.error;
    results.replaceChildren();
    facetsBox.replaceChildren();
    timeline.hidden = true;
    return;
  }
  status.textContent = summary(result.total, state, result.understood);
  showAliases(result.aliases ?? []);
  quotesCount.textContent = `(${result.quotations})`;
  renderHits(result, state);
  showTimeline(result.timeline, state);
  if (result.total === 0) showSuggestions(opened, state, ticket);
  if (focusResults) results.querySelector('h2')?.focus();
  facetsBox.setAttribute('aria-busy', 'true');
  const facets = await opened.facets(state.q, options).catch(() => null);
  if (ticket !== latest) return;
  facetsBox.removeAttribute('aria-busy');
  if (facets) renderFacets(facets, state.filters);
  if (state.filters.year.length === 0) return;
  // Filtered to a year, the timeline still shows every year (the chosen one marked), so that the
  // reader keeps the context and can move to another year: the same search without the year.
  const everyYear = await opened.search(state.q, { ...options, filters: { ...options.filters, year: [] }, facets: false, pageSize: 0 }).catch(() => null);
  if (ticket === latest && everyYear && !everyYear.error) showTimeline(everyYear.timeline, state);
}

/**
 * One sentence per alias the query used, plain text so that it reads the same aloud.
 * @param {import('../search/aliases.js').NameAlias[]} aliases
 */
function showAliases(aliases) {
  aliasNote.textContent = aliases.map((a) => `${aliasText(a)}.`).join(' ');
  aliasNote.hidden = aliases.length === 0;
}

/**
 * "Did you mean …?" under an empty result: each suggestion is the query with the misspelt word
 * replaced, kept only when it finds something, and shown as the word appears in the text (the
 * index holds stems: "economi" is shown as the "economy" its first hit marks).
 * @param {import('../search/index.js').SearchIndex} opened @param {SearchState} state @param {number} ticket
 */
async function showSuggestions(opened, state, ticket) {
  const near = await suggestTerms(opened, state.q).catch(() => []);
  const links = [];
  for (const { word, term } of near) {
    const found = await opened.search(state.q.replace(word, term), { pageSize: 1, facets: false }).catch(() => null);
    const marked = [...(found?.hits[0]?.snippet ?? '').matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1].toLowerCase());
    const shown = marked.find((m) => analyze(m)[0]?.term === term) ?? term;
    const q = state.q.replace(word, shown);
    if (found && found.total > 0 && !links.some((l) => l.textContent === q)) links.push(element('a', { href: urlOf({ ...state, q, page: 1 }), 'data-q': q }, [q]));
  }
  if (ticket !== latest || links.length === 0) return;
  const list = links.flatMap((link, i) => (i === 0 ? [link] : [i === links.length - 1 ? ' or ' : ', ', link]));
  results.replaceChildren(element('p', { class: 'search-suggestions' }, ['Did you mean ', ...list, '?']));
}

/** @param {Record<string, number>} counts @param {SearchState} state */
function showTimeline(counts, state) {
  renderTimeline(timeline, counts, {
    selected: state.filters.year, noun: state.quotes ? 'quotation' : 'result', linkFor: (year) => urlOf(withYear(state, year)),
  });
}

/**
 * The search filtered to one year, or to every year again when it is the one already chosen.
 * @param {SearchState} state @param {string} year @returns {SearchState}
 */
function withYear(state, year) {
  const only = state.filters.year.length === 1 && state.filters.year[0] === year;
  return { ...state, filters: { ...state.filters, year: only ? [] : [year] }, page: 1 };
}

/** "Filters (n)": how many filters narrow the search, so a folded panel still says it is active. @param {SearchState} state */
function showFilterCount(state) {
  const n = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0)
    + (state.quotes ? 1 : 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);
  filterCount.textContent = n > 0 ? `(${n})` : '';
}

/** "2021-11-01" → "1 November 2021", as the rest of the site writes dates. @param {string} iso */
function displayDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return MONTHS[month - 1] ? `${day} ${MONTHS[month - 1]} ${year}` : iso;
}

/**
 * @param {number} total @param {SearchState} state
 * @param {string} [understood] the query as searched when the engine closed a quotation or parenthesis
 */
function summary(total, state, understood) {
  const noun = state.quotes ? 'quotation' : 'result';
  const query = understood ?? state.q;
  const notice = understood === undefined ? '' : `Showing results for ${understood}. `;
  const years = state.filters.year.length ? ` in ${state.filters.year.join(' or ')}` : '';
  if (total === 0) return `${notice}No ${noun}s for “${query}”${years}.`;
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, state.page * PAGE_SIZE);
  const count = `${notice}${total} ${noun}${total === 1 ? '' : 's'} for “${query}”${years}`;
  return total <= PAGE_SIZE ? `${count}.` : `${count}, showing ${first}–${last}.`;
}

/**
 * @param {Record<string, Record<string, number>>} facets
 * @param {Record<string, string[]>} ticked
 */
function renderFacets(facets, ticked) {
  const groups = FACETS.map(([facet, heading]) => {
    const counts = { ...facets[facet] };
    for (const value of ticked[facet] ?? []) counts[value] ??= 0; // a ticked value stays, to be unticked
    const values = Object.entries(counts).sort(facet === 'year'
      ? (a, b) => b[0].localeCompare(a[0])
      : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (values.length === 0) return null;
    const group = element('fieldset', { class: 'search-facet' }, [element('legend', {}, [heading])]);
    const boxes = values.map(([value, count], i) => facetBox(facet, value, count, (ticked[facet] ?? []).includes(value), i));
    const shown = boxes.slice(0, FACET_VALUES_SHOWN);
    const more = boxes.slice(FACET_VALUES_SHOWN);
    group.append(...shown);
    if (more.length > 0) {
      const open = more.some((box) => box.querySelector('input')?.checked);
      group.append(element('details', open ? { open: '' } : {}, [element('summary', {}, [`${more.length} more`]), ...more]));
    }
    return group;
  }).filter((g) => g !== null);
  facetsBox.replaceChildren(...(groups.length ? [element('h2', { class: 'visually-hidden' }, ['Refine results']), ...groups] : []));
}

/** @param {string} facet @param {string} value @param {number} count @param {boolean} checked @param {number} i */
function facetBox(facet, value, count, checked, i) {
  const id = `site-facet-${facet}-${i}`;
  const box = element('input', { type: 'checkbox', id, name: facet, value });
  /** @type {HTMLInputElement} */ (box).checked = checked;
  return element('div', { class: 'search-facet-value' }, [
    box, ' ', element('label', { for: id }, [value, ' ', element('span', { class: 'search-facet-count' }, [`(${count})`])]),
  ]);
}

/** @param {import('../search/index.js').SearchResult} result @param {SearchState} state */
function renderHits(result, state) {
  const list = element('ol', { class: 'search-hits', start: String((state.page - 1) * PAGE_SIZE + 1) });
  for (const hit of result.hits) list.append(hit.type === 'quote' ? quoteHit(hit) : recordHit(hit));
  const heading = element('h2', { class: 'visually-hidden', tabindex: '-1' }, ['Results']);
  results.replaceChildren(heading, list, ...pagination(result.total, state));
}

/** @param {import('../search/index.js').SearchHit} hit */
function recordHit(hit) {
  const snippet = element('p', { class: 'search-snippet' });
  snippet.innerHTML = hit.snippet; // the engine escapes the text and adds only <mark>
  const meta = [element('time', { datetime: hit.date }, [displayDate(hit.date)])];
  if (hit.speakers.length) meta.push(` · ${hit.speakers.join(', ')}`);
  return element('li', { class: 'search-hit' }, [
    element('h3', {}, [element('a', { href: siteUrl(hit.url) + hit.anchor }, [hit.title])]),
    element('p', { class: 'search-meta' }, meta),
    snippet,
  ]);
}

/**
 * A quotation: who said it (role and organisation at the time), when, at which event, its words
 * with the query's marked, and a link that lands on it in its record (url ends in #q-N).
 * @param {import('../search/index.js').SearchHit} hit
 */
function quoteHit(hit) {
  const words = element('p', {});
  words.innerHTML = hit.snippet; // escaped by the engine, only <mark> added
  const who = hit.speakers.length ? hit.speakers[0] + (hit.credit ? ` (${hit.credit})` : '') : 'Speaker not certain';
  const meta = [who, ' · ', element('time', { datetime: hit.date }, [displayDate(hit.date)])];
  if (hit.event) meta.push(` · ${hit.event}`);
  return element('li', { class: 'search-hit search-hit-quote' }, [
    element('h3', {}, [element('a', { href: siteUrl(hit.url) }, [`Quotation in “${hit.title}”`])]),
    element('blockquote', { class: 'search-snippet search-quote', cite: siteUrl(hit.url) }, [words]),
    element('p', { class: 'search-meta' }, meta),
  ]);
}

/** @param {number} total @param {SearchState} state @returns {HTMLElement[]} */
function pagination(total, state) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return [];
  const link = (/** @type {number} */ page, /** @type {string} */ text, /** @type {string} */ rel) =>
    element('a', { href: urlOf({ ...state, page }), rel, 'data-page': String(page) }, [text]);
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, '← Previous', 'prev'));
  items.push(element('span', { 'aria-current': 'page' }, [`Page ${state.page} of ${pages}`]));
  if (state.page < pages) items.push(link(state.page + 1, 'Next →', 'next'));
  return [element('nav', { class: 'pagination', 'aria-label': 'Result pages' }, items)];
}

/** A site-relative URL ("/announcements/…") under the site's base path. @param {string} url */
function siteUrl(url) {
  return basePath.replace(/\/$/, '') + url;
}

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

input.addEventListener('input', () => {
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(() => {
    // One history entry per burst of typing, not per keystroke.
    go(stateOfForm(), { replace: typingPushed });
    typingPushed = true;
  }, TYPING_DELAY_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  typingPushed = false;
  go(stateOfForm());
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  typingPushed = false;
  go(stateOfForm());
});
results.addEventListener('click', (event) => {
  const suggestion = /** @type {HTMLElement} */ (event.target).closest?.('a[data-q]');
  if (suggestion) {
    event.preventDefault();
    typingPushed = false;
    input.value = suggestion.getAttribute('data-q') ?? '';
    go(stateOfForm());
    return;
  }
  const link = /** @type {HTMLElement} */ (event.target).closest?.('a[data-page]');
  if (!link) return;
  event.preventDefault();
  typingPushed = false;
  go({ ...stateFrom(new URLSearchParams(location.search)), page: Number(link.getAttribute('data-page')) }, { focusResults: true });
});
timeline.addEventListener('click', (event) => {
  const link = /** @type {Element} */ (event.target).closest?.('a[data-year]');
  if (!link) return;
  event.preventDefault();
  typingPushed = false;
  go(withYear(stateFrom(new URLSearchParams(location.search)), link.getAttribute('data-year') ?? ''), { focusResults: true });
});
// A side column that is always open from 900 px; folded behind "Filters (n)" on a phone. The
// page comes with the filters open, so that without JavaScript they are all there to submit.
const fitFilters = () => { filtersBox.open = WIDE.matches; };
WIDE.addEventListener('change', fitFilters);
fitFilters();
window.addEventListener('popstate', () => {
  typingPushed = false;
  const state = stateFrom(new URLSearchParams(location.search));
  fillForm(state);
  show(state, false);
});

const initial = stateFrom(new URLSearchParams(location.search));
fillForm(initial);
show(initial, false);
