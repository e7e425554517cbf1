// Analysis parity: the JavaScript analyzer must give exactly the tokens Lucene.Net's ArchiveAnalyzer
// gives (term, position, offsets) for every word and text the C# parity tool dumped.
// Generate the fixtures first: see tests/IprArchive.Parity/README.md (tokens command).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/search-client/analysis.js';
import { loadFoldings } from '../../src/search-client/english-filters.js';

// The folding data is fetched on demand (prepareAnalysis); these tests analyze text directly.
await loadFoldings();

const generated = fileURLToPath(new URL('./.generated/', import.meta.url));
const fixtures = existsSync(generated) ? readdirSync(generated).filter((f) => /^tokens-.*\.json$/.test(f)) : [];

if (fixtures.length === 0) {
  test('analysis parity fixtures', { skip: 'no tests/search-client/.generated/tokens-*.json: run the IprArchive.Parity tokens command' }, () => {});
}

for (const file of fixtures) {
  const fixture = JSON.parse(readFileSync(generated + file, 'utf8'));
  for (const kind of /** @type {const} */ (['words', 'texts'])) {
    test(`${file}: every ${kind.slice(0, -1)} analyzes exactly as Lucene.Net does`, () => {
      /** @type {{ text: string, tokens: [string, number, number, number][] }[]} */
      const cases = fixture[kind];
      assert.ok(cases.length > 0, `${file} has no ${kind}`);
      const mismatches = [];
      for (const { text, tokens } of cases) {
        const actual = analyze(text).map((t) => [t.term, t.position, t.start, t.end]);
        if (JSON.stringify(actual) !== JSON.stringify(tokens)) {
          mismatches.push(`${JSON.stringify(text.slice(0, 120))}\n    lucene: ${JSON.stringify(tokens).slice(0, 300)}\n    js:     ${JSON.stringify(actual).slice(0, 300)}`);
        }
      }
      assert.equal(mismatches.length, 0, `${mismatches.length} of ${cases.length} differ:\n  ${mismatches.slice(0, 10).join('\n  ')}`);
    });
  }
}
