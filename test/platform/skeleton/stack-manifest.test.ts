import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dependencyOrder, readStacks, selectStacks } from '../../../templates/platform/tooling/stack-manifest';

const stack = (name: string, dependencies: string[] = []) => ({ name, workingDirectory: `/x/${name}`, dependencies });

describe('stack manifest', () => {
  test('orders stacks after their dependencies', () => {
    const ordered = dependencyOrder([stack('dev-us-east-1', ['dev-account']), stack('dev-us-west-2', ['dev-account']), stack('dev-account')]);
    expect(ordered.map((s) => s.name)).toEqual(['dev-account', 'dev-us-east-1', 'dev-us-west-2']);
  });

  test('rejects cycles and unknown dependencies', () => {
    expect(() => dependencyOrder([stack('a', ['b']), stack('b', ['a'])])).toThrow(/cycle: a -> b -> a/);
    expect(() => dependencyOrder([stack('a', ['zzz'])])).toThrow(/stack "a" depends on unknown stack "zzz"/);
  });

  test('selects by name and pattern, and refuses selectors that match nothing', () => {
    const stacks = [stack('dev-account'), stack('dev-us-east-1'), stack('prod-account')];
    expect(selectStacks(stacks, []).length).toBe(3);
    expect(selectStacks(stacks, ['dev-*']).map((s) => s.name)).toEqual(['dev-account', 'dev-us-east-1']);
    expect(selectStacks(stacks, ['prod-account']).map((s) => s.name)).toEqual(['prod-account']);
    expect(() => selectStacks(stacks, ['qa-*'])).toThrow(/No stack matches "qa-\*". Stacks: dev-account, dev-us-east-1, prod-account/);
  });

  test('leaves the bootstrap stacks out unless a selector says bootstrap', () => {
    const stacks = [stack('dev-account'), stack('dev-bootstrap'), stack('dev-us-east-1'), stack('prod-bootstrap')];
    const names = (selectors: string[]) => selectStacks(stacks, selectors).map((s) => s.name);
    expect(names([])).toEqual(['dev-account', 'dev-us-east-1']);
    expect(names(['*'])).toEqual(['dev-account', 'dev-us-east-1']);
    expect(names(['dev-*'])).toEqual(['dev-account', 'dev-us-east-1']);
    expect(names(['*-bootstrap'])).toEqual(['dev-bootstrap', 'prod-bootstrap']);
    expect(names(['*', 'dev-bootstrap'])).toEqual(['dev-account', 'dev-bootstrap', 'dev-us-east-1']);
  });

  test('reads cdktf.out/manifest.json and explains a missing synth', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-manifest-'));
    expect(() => readStacks(outdir)).toThrow(/run "npx projen synth" first/);
    fs.writeFileSync(
      path.join(outdir, 'manifest.json'),
      JSON.stringify({
        version: '0.21.0',
        stacks: {
          'dev-us-east-1': { name: 'dev-us-east-1', workingDirectory: 'stacks/dev-us-east-1', dependencies: ['dev-account'] },
          'dev-account': { name: 'dev-account', workingDirectory: 'stacks/dev-account', dependencies: [] },
        },
      }),
    );
    const stacks = readStacks(outdir);
    expect(stacks.map((s) => s.name)).toEqual(['dev-account', 'dev-us-east-1']);
    expect(stacks[0].workingDirectory).toBe(path.join(outdir, 'stacks/dev-account'));
  });
});
