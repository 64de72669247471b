#!/usr/bin/env node
// Lints every BPMN model of the project with bpmnlint (rules: .bpmnlintrc).
//
// Model roots: bpmn/ (deployed by the app) and src/test/resources/bpmn/ and src/test/resources/sample/ (test-only models).
// A root that does not exist is skipped (Git keeps no empty folders); if no model is found at all,
// this says so and exits 0. Otherwise it runs the bpmnlint CLI once on all models found and exits
// with its status: non-zero when any model has a lint error (warnings and infos are printed but
// do not fail). Before that it lints tools/lint-fixtures/broken-model.bpmn and fails unless that model fails:
// proof on every run that the rules work. Run it through `npm run lint:models` or `bash tools/lint-models.sh`.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const MODEL_DIRS = ['bpmn', 'src/test/resources/bpmn', 'src/test/resources/sample'];
// The bpmnlint CLI treats its arguments as globs: a file name with glob syntax would not mean itself.
const GLOB_CHARS = /[*?[\]{}()!+@]/;

function findModels(dir) {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) {
    return [];
  }
  const found = [];
  for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...findModels(rel));
    } else if (entry.isFile() && entry.name.endsWith('.bpmn')) {
      found.push(rel);
    }
  }
  return found;
}

const models = MODEL_DIRS.flatMap(findModels).sort();

if (models.length === 0) {
  console.log(`[lint-models] No BPMN models found under ${MODEL_DIRS.map((d) => d + '/').join(' or ')}: nothing to lint.`);
  process.exit(0);
}

const badNames = models.filter((m) => GLOB_CHARS.test(m));
if (badNames.length > 0) {
  console.error('[lint-models] ERROR: rename these models; bpmnlint would read glob syntax in their paths:');
  badNames.forEach((m) => console.error('  ' + m));
  process.exit(1);
}

const bpmnlintDir = path.dirname(require.resolve('bpmnlint/package.json', { paths: [ROOT] }));
const { version } = require(path.join(bpmnlintDir, 'package.json'));
console.log(`[lint-models] bpmnlint ${version} (.bpmnlintrc) on ${models.length} model(s):`);
models.forEach((m) => console.log('  ' + m));

// Self-check: a deliberately broken model must fail, or a broken set-up (rules not loaded, a plugin missing) would
// let every model pass unseen.
const BROKEN = 'tools/lint-fixtures/broken-model.bpmn';
const selfCheck = spawnSync(process.execPath, [path.join(bpmnlintDir, 'bin', 'bpmnlint.js'), BROKEN], {
  cwd: ROOT,
  encoding: 'utf8'
});
if (selfCheck.status === 0) {
  console.error(`[lint-models] ERROR: the linter passed ${BROKEN}, which is broken on purpose: the rules in `
    + '.bpmnlintrc are not working, so no model can be trusted to pass.');
  process.exit(1);
}
if (!/no-disconnected/.test(selfCheck.stdout || '')) {
  console.error(`[lint-models] ERROR: the linter failed ${BROKEN} without reporting its disconnected elements:`);
  console.error(selfCheck.stdout || '', selfCheck.stderr || '');
  process.exit(1);
}
console.log(`[lint-models] self-check: ${BROKEN} fails as it must.`);

const result = spawnSync(process.execPath, [path.join(bpmnlintDir, 'bin', 'bpmnlint.js'), ...models], {
  cwd: ROOT,
  stdio: 'inherit'
});

if (result.error) {
  console.error('[lint-models] ERROR: could not run bpmnlint: ' + result.error.message);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`[lint-models] FAILED: bpmnlint found errors (exit ${result.status ?? 'signal ' + result.signal}).`);
  process.exit(1);
}
console.log(`[lint-models] OK: ${models.length} model(s) without lint errors.`);
