// The search page's timeline: an inline SVG bar chart of results per year, one bar for every year
// of the archive's range (zero years too, drawn as a baseline tick so a gap reads as "none", not
// "missing"), each bar a link that filters the search to its year; and the same numbers as a table
// for screen readers and for copying. No chart library: bars are rects in a viewBox.

const SVG = 'http://www.w3.org/2000/svg';
const BAR_WIDTH = 22;
const GAP = 4;
const CHART_HEIGHT = 60;
const LABEL_HEIGHT = 17;
/** Past this many years, only every LABEL_EVERY-th year (and the last) is labelled under its bar. */
const MAX_LABELS = 16;
const LABEL_EVERY = 5;

/**
 * @typedef {object} TimelineOptions
 * @property {string[]} selected years the search is filtered to (their bars are marked)
 * @property {(year: string) => string} linkFor URL of the search filtered to that year (or unfiltered, when selected)
 * @property {string} noun "result" or "quotation"
 */

/**
 * Fills `section` (which holds its heading) with the chart and the table; hides it when no year
 * has a match (nothing found, an empty archive, a query that could not be understood).
 * @param {HTMLElement} section @param {Record<string, number>} timeline year → count, oldest first
 * @param {TimelineOptions} options
 */
export function renderTimeline(section, timeline, options) {
  const years = Object.entries(timeline);
  const heading = /** @type {HTMLElement} */ (section.querySelector('h2'));
  heading.textContent = `${capitalised(options.noun)}s per year`;
  // Nothing found anywhere: a row of empty bars says nothing the count has not said.
  const shown = years.some(([, n]) => n > 0);
  section.hidden = !shown;
  section.replaceChildren(heading, ...(shown ? [chart(years, options), table(years, options)] : []));
}

/** @param {[string, number][]} years @param {TimelineOptions} options */
function chart(years, options) {
  const max = Math.max(1, ...years.map(([, n]) => n));
  const width = years.length * (BAR_WIDTH + GAP) - GAP;
  const svg = svgElement('svg', {
    class: 'search-timeline-chart', viewBox: `0 0 ${width} ${CHART_HEIGHT + LABEL_HEIGHT}`,
    role: 'group', 'aria-labelledby': 'site-search-timeline-heading',
  });
  years.forEach(([year, count], i) => {
    const x = i * (BAR_WIDTH + GAP);
    const height = count === 0 ? 1 : Math.max(3, Math.round((count / max) * (CHART_HEIGHT - 2)));
    const selected = options.selected.includes(year);
    const label = `${year}: ${count} ${options.noun}${count === 1 ? '' : 's'}${selected ? ' (filtered to this year; select to show every year)' : ''}`;
    const link = svgElement('a', { href: options.linkFor(year), 'data-year': year, 'aria-label': label, class: selected ? 'is-selected' : '' });
    if (selected) link.setAttribute('aria-current', 'true');
    const title = svgElement('title', {});
    title.textContent = label;
    // A transparent full-height target: a zero year is as easy to click as a busy one.
    link.append(title,
      svgElement('rect', { class: 'search-timeline-target', x: String(x), y: '0', width: String(BAR_WIDTH), height: String(CHART_HEIGHT + LABEL_HEIGHT) }),
      svgElement('rect', { class: 'search-timeline-bar', x: String(x), y: String(CHART_HEIGHT - height), width: String(BAR_WIDTH), height: String(height) }));
    svg.append(link);
    // The year under the bar is outside its link: the link's name is the full "2019: 4 results".
    if (years.length <= MAX_LABELS || i % LABEL_EVERY === 0 || i === years.length - 1) {
      const text = svgElement('text', { x: String(x + BAR_WIDTH / 2), y: String(CHART_HEIGHT + LABEL_HEIGHT - 3), 'text-anchor': 'middle', 'aria-hidden': 'true' });
      text.textContent = years.length <= MAX_LABELS ? `’${year.slice(2)}` : year;
      svg.append(text);
    }
  });
  return svg;
}

/** @param {[string, number][]} years @param {TimelineOptions} options */
function table(years, options) {
  const rows = years.map(([year, count]) => htmlElement('tr', {}, [
    htmlElement('th', { scope: 'row' }, [htmlElement('a', { href: options.linkFor(year), 'data-year': year }, [year])]),
    htmlElement('td', {}, [String(count)]),
  ]));
  const head = htmlElement('tr', {}, [htmlElement('th', { scope: 'col' }, ['Year']), htmlElement('th', { scope: 'col' }, [capitalised(options.noun) + 's'])]);
  return htmlElement('details', { class: 'search-timeline-table' }, [
    htmlElement('summary', {}, ['Show as a table']),
    htmlElement('table', {}, [htmlElement('thead', {}, [head]), htmlElement('tbody', {}, rows)]),
  ]);
}

/** @param {string} word */
function capitalised(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** @param {string} tag @param {Record<string, string>} attributes */
function svgElement(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== '') node.setAttribute(name, value);
  return node;
}

/** @param {string} tag @param {Record<string, string>} attributes @param {(Node | string)[]} children */
function htmlElement(tag, attributes, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
