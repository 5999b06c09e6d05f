#!/usr/bin/env node
// Writes templates/platform/kernel/ from src/kernel/: the domain kernel is written once, in src/kernel, and the
// platform library that generated repositories get holds a generated copy of it (see docs/design-notes.md).
//
//   node scripts/copy-kernel.js           rewrite the copy (the pre-compile step of the build)
//
// The copy is committed; the anti-tamper step of .ci/run fails when the build changes it, and
// test/kernel/kernel-copy.test.ts fails when it differs from what this script would write.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIR = path.join(ROOT, 'src', 'kernel');
const COPY_DIR = path.join(ROOT, 'templates', 'platform', 'kernel');

/** The files of the copy, by name, as this script writes them. */
function expectedCopy() {
  return Object.fromEntries(
    fs
      .readdirSync(SOURCE_DIR)
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => [
        file,
        `// Generated from src/kernel/${file} of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/${file} there).\n` +
          fs.readFileSync(path.join(SOURCE_DIR, file), 'utf-8'),
      ]),
  );
}

/** The files the copy holds now, by name. */
function currentCopy() {
  if (!fs.existsSync(COPY_DIR)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(COPY_DIR)
      .sort()
      .map((file) => [file, fs.readFileSync(path.join(COPY_DIR, file), 'utf-8')]),
  );
}

function writeCopy() {
  const expected = expectedCopy();
  fs.mkdirSync(COPY_DIR, { recursive: true });
  for (const file of Object.keys(currentCopy())) {
    if (!(file in expected)) fs.rmSync(path.join(COPY_DIR, file));
  }
  for (const [file, content] of Object.entries(expected)) {
    const target = path.join(COPY_DIR, file);
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf-8') !== content) fs.writeFileSync(target, content);
  }
}

if (require.main === module) {
  writeCopy();
} else {
  module.exports = { expectedCopy, currentCopy, COPY_DIR, SOURCE_DIR };
}
