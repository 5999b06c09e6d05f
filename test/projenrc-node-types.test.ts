import { synthProject } from './synth-helper';

describe('the type-check of .projenrc.ts', () => {
  const out = synthProject();

  test('keeps the other global types: of an @types dependency, or listed in the tsconfig options', () => {
    const withDependency = synthProject({ devDeps: ['@types/aws-lambda'] });
    expect(withDependency['tsconfig.json'].compilerOptions.types).toContain('aws-lambda');
    expect(withDependency['projenrc/tsconfig.json'].compilerOptions.types).toEqual(
      withDependency['tsconfig.json'].compilerOptions.types.filter((t: string) => t !== 'jest'),
    );
    expect(withDependency['projenrc/tsconfig.json'].compilerOptions.types).toContain('aws-lambda');
    const tsconfig = { compilerOptions: { types: ['jest', 'node', 'team-globals'] } };
    expect(synthProject({ tsconfig })['projenrc/tsconfig.json'].compilerOptions.types).toEqual(['node', 'team-globals']);
  });

  test('uses Node’s global types only; the project’s own code and tests keep jest’s', () => {
    const projenrc = out['projenrc/tsconfig.json'];
    expect(projenrc.extends).toBe('../tsconfig.json');
    expect(projenrc.compilerOptions.types).toEqual(['node']);
    expect(out['tsconfig.json'].compilerOptions.types).toEqual(['jest', 'node']);
    expect(out['test/tsconfig.json'].extends).toBe('../tsconfig.json');
    expect(out['test/tsconfig.json'].compilerOptions.types).toBeUndefined();
  });

  test('`npx projen` runs it through this package\'s runner, which type-checks it on that tsconfig (src/projenrc-runner)', () => {
    expect(out['.projen/tasks.json'].tasks.default.steps).toEqual([{ execArgs: ['secure-aws-stack-projenrc', '--project', 'projenrc/tsconfig.json', '.projenrc.ts'] }]);
    // ts-node stays a development dependency: the runner falls back to it when the platform library is missing.
    expect(out['package.json'].devDependencies['ts-node']).toBeDefined();
  });
});
