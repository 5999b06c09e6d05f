#!/usr/bin/env node
// Scaffolds a repository from this checkout, exactly as a user would with the published package:
// pack → `projen new --from secure-aws-stack@file:<tgz>` → build (compile, synthesize, test).
//
//   npx projen scaffold [projen new flags...]      e.g. --project-name payments --owner team-payments
//
// The repository is written beside this checkout, to ../<checkout>-demo, or to $SCAFFOLD_DIR. It is kept out of the
// checkout because jsii-docgen would read the package copy installed in its node_modules when generating API.md.
// An existing non-empty folder is never touched.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const target = path.resolve(process.env.SCAFFOLD_DIR || `${root}-demo`);
// A repository needs the address block its organisation's IP plan reserves for it (there is no shared default for
// staging and production, see docs/platform.md). The demo takes the first /10 of 10.0.0.0/8 unless told otherwise.
const ADDRESS_PLAN_FLAGS = ['--network-cidr', '--environment-cidrs', '--ipam-pools'];
const givenFlags = process.argv.slice(2);
const flags = givenFlags.some((f) => ADDRESS_PLAN_FLAGS.includes(f.split('=')[0])) ? givenFlags : ['--network-cidr', '10.0.0.0/10', ...givenFlags];

// Under CI=true projen installs with `npm ci`, which needs a lock file that a new repository does not have yet.
const { CI: _ci, ...envWithoutCi } = process.env;

function run(command, args, cwd, env = process.env) {
  console.log(`\n$ ${[command, ...args].join(' ')}   (in ${cwd})`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env });
}

if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
  console.error(`scaffold: ${target} exists and is not empty; remove it or set SCAFFOLD_DIR to a new folder.`);
  process.exit(1);
}

const packDir = path.join(root, 'dist', 'scaffold');
fs.rmSync(packDir, { recursive: true, force: true });
fs.mkdirSync(packDir, { recursive: true });
const tarball = path.join(packDir, execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root, encoding: 'utf-8' }).trim().split('\n').pop());
const projenVersion = require(path.join(root, 'node_modules', 'projen', 'package.json')).version;

fs.mkdirSync(target, { recursive: true });
try {
  run(path.join(root, 'node_modules', '.bin', 'projen'), ['new', '--from', `secure-aws-stack@file:${tarball}`, '--projen-version', projenVersion, '--no-git', ...flags], target, envWithoutCi);
} catch (error) {
  // Leave nothing half-written: the folder was empty (or absent) before this run.
  fs.rmSync(target, { recursive: true, force: true });
  console.error('\nscaffold: `projen new` failed; nothing was left behind.');
  process.exit(1);
}
run('npx', ['projen', 'build'], target);
console.log(`\nScaffolded and synthesized ${target}. Stacks:`);
for (const stack of fs.readdirSync(path.join(target, 'cdktf.out', 'stacks')).sort()) console.log(`  ${stack}`);
console.log(`\nNext: cd ${path.relative(process.cwd(), target) || '.'} && npx projen validate   (needs terraform on PATH)`);
