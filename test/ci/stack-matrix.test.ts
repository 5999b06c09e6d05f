import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { manifestStacks } from '../../src/kernel/stack-manifest';
import { stackMatrix as matrixOf } from '../../src/kernel/stack-matrix';
import { freshDir } from '../synth-helper';
import { TEMPLATE_TYPESCRIPT_LOADER } from '../template-loader';

const dir = freshDir('sas-matrix-');
/** The step as the workflows run it: the platform library's file, with its TypeScript loader. */
const script = path.resolve(__dirname, '../../templates/platform/tooling/stack-matrix.ts');
const runStep = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, ['--require', TEMPLATE_TYPESCRIPT_LOADER, script, ...args], { env, encoding: 'utf-8' });
const stackMatrix = (parsed: unknown, environments: string[]) => matrixOf(manifestStacks(parsed), environments);

function manifest(stacks: Record<string, string[]>, overrides: Record<string, object> = {}) {
  return {
    stacks: Object.fromEntries(
      Object.entries(stacks).map(([name, dependencies]) => [
        name,
        { name, dependencies, workingDirectory: `stacks/${name}`, ...overrides[name] },
      ]),
    ),
  };
}

/** The platform's stacks of one environment with two regions and replication, as platform.ts wires them. */
const platform = (env: string) => ({
  [`${env}-replication`]: [`${env}-us-east-1`, `${env}-us-west-2`],
  [`${env}-us-west-2`]: [`${env}-account`, `${env}-us-east-1`],
  [`${env}-us-east-1`]: [`${env}-account`],
  [`${env}-account`]: [],
});

describe('stack matrix', () => {
  test('groups stacks by environment, in dependency order', () => {
    expect(stackMatrix(manifest({ ...platform('production'), ...platform('dev') }), ['dev', 'production'])).toEqual({
      dev: ['dev-account', 'dev-us-east-1', 'dev-us-west-2', 'dev-replication'],
      production: ['production-account', 'production-us-east-1', 'production-us-west-2', 'production-replication'],
    });
  });

  test('an environment whose name prefixes another one keeps its own stacks', () => {
    expect(stackMatrix(manifest({ 'dev-account': [], 'dev2-account': [], 'dev2-team-api': ['dev2-account'] }), ['dev', 'dev2'])).toEqual({
      dev: ['dev-account'],
      dev2: ['dev2-account', 'dev2-team-api'],
    });
  });

  test.each<[string, ReturnType<typeof manifest>, RegExp]>([
    ['a stack of no environment', manifest({ 'dev-account': [], 'shared-dns': [] }), /stack "shared-dns" belongs to no environment: name it "<environment>-..." with one of dev, production/],
    ['a stack name unfit for artifacts', manifest({ 'dev-account': [], 'dev-a b': [] }), /stack "dev-a b" cannot be an artifact name/],
    ['a stack synthesized elsewhere', manifest({ 'dev-account': [] }, { 'dev-account': { workingDirectory: 'out/x' } }), /stack "dev-account" is synthesized into "out\/x", not "stacks\/dev-account"/],
    ['a dependency on a later environment', manifest({ 'dev-account': ['production-account'], 'production-account': [] }), /stack "dev-account" depends on "production-account" of a later environment/],
    ['an unknown dependency', manifest({ 'dev-account': ['dev-ghost'], 'production-account': [] }), /stack "dev-account" depends on unknown stack "dev-ghost"/],
    ['an environment without stacks', manifest({ 'dev-account': [] }), /environment "production" has no stack/],
    ['a cycle', manifest({ 'dev-a': ['dev-b'], 'dev-b': ['dev-a'], 'production-account': [] }), /stack dependency cycle: dev-a -> dev-b -> dev-a/],
  ])('rejects %s', (_, input, expected) => {
    expect(() => stackMatrix(input, ['dev', 'production'])).toThrow(expected);
  });

  test('as a step: writes the stacks output and a summary, or annotates every problem and fails', () => {
    const outdir = path.join(dir, 'cdktf.out');
    fs.mkdirSync(outdir, { recursive: true });
    const output = path.join(dir, 'output');
    const summary = path.join(dir, 'summary');
    const env = { ...process.env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };

    fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifest({ ...platform('dev') })));
    const ok = runStep([outdir, 'dev'], env);
    expect(ok.status).toBe(0);
    expect(fs.readFileSync(output, 'utf-8')).toBe('stacks={"dev":["dev-account","dev-us-east-1","dev-us-west-2","dev-replication"]}\n');
    expect(fs.readFileSync(summary, 'utf-8')).toContain('| dev | dev-account, dev-us-east-1, dev-us-west-2, dev-replication |');

    fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifest({ 'x-1': [], 'y-2': [] })));
    const bad = runStep([outdir, 'dev'], env);
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n')).toEqual([
      '::error::stack "x-1" belongs to no environment: name it "<environment>-..." with one of dev',
      '::error::stack "y-2" belongs to no environment: name it "<environment>-..." with one of dev',
      '::error::environment "dev" has no stack (stacks are named "dev-...")',
    ]);

    const missing = runStep([path.join(dir, 'nowhere'), 'dev'], env);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/::error::.*manifest\.json does not exist: synthesize the app first/);
  });
});
