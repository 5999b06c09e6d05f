// yeoman-environment and yeoman-generator, ESM-only, loaded with import().
//
// They are neither bundled into secure-aws-stack nor a devDependency of generated repositories: measured, either
// would make `projen new` 46 % (dev dependency) to 127 % (bundled) slower for every repository, whether or not
// it ever runs a generator. The first `npx projen add` or `npx projen migrate` of a repository installs them into
// node_modules/.cache/secure-aws-stack-generators instead (about 20 s, once).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** yeoman-environment 6.0.0 and older are affected by CVE-2026-42089; 7.x needs Node >= 22.18. */
export const YEOMAN_PACKAGES = { 'yeoman-environment': '^6.0.1', 'yeoman-generator': '^8.4.0' };

const CACHE_DIR = path.join('node_modules', '.cache', 'secure-aws-stack-generators');

/** The modules the generators need: from this package's own dependencies when present, else from the repository's cache. */
export async function loadYeoman(cwd) {
  try {
    const [environment, generator, adapter] = await Promise.all([import('yeoman-environment'), import('yeoman-generator'), import('@yeoman/adapter')]);
    return { createEnv: environment.createEnv, Generator: generator.default, TerminalAdapter: adapter.TerminalAdapter };
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const cache = path.join(cwd, CACHE_DIR);
  const modules = path.join(cache, 'node_modules');
  const installed = (name) => {
    const file = path.join(modules, name, 'package.json');
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf-8')).version : undefined;
  };
  if (Object.keys(YEOMAN_PACKAGES).some((name) => !installed(name))) {
    console.error(`Installing ${Object.entries(YEOMAN_PACKAGES).map(([n, r]) => `${n}@${r}`).join(' ')} for the generators into ${CACHE_DIR} (once) ...`);
    fs.mkdirSync(cache, { recursive: true });
    fs.writeFileSync(path.join(cache, 'package.json'), `${JSON.stringify({ name: 'secure-aws-stack-generators', private: true, dependencies: YEOMAN_PACKAGES }, undefined, 2)}\n`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: cache, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const load = (name, entry) => import(pathToFileURL(path.join(modules, name, entry)).href);
  const [environment, generator, adapter] = await Promise.all([
    load('yeoman-environment', 'dist/index.js'),
    load('yeoman-generator', 'dist/index.js'),
    load('@yeoman/adapter', 'dist/index.js'),
  ]);
  return { createEnv: environment.createEnv, Generator: generator.default, TerminalAdapter: adapter.TerminalAdapter };
}
