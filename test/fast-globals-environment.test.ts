import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FastGlobalsEnvironment = require('./jest/fast-globals-environment.js') as typeof NodeEnvironment;

type EnvironmentConfig = ConstructorParameters<typeof NodeEnvironment>[0];
const config = (testEnvironmentOptions: Record<string, unknown> = {}) =>
  ({ projectConfig: { testEnvironmentOptions, globals: {}, fakeTimers: {} }, globalConfig: {} }) as unknown as EnvironmentConfig;
const context = {} as ConstructorParameters<typeof NodeEnvironment>[1];

describe('the fast-globals test environment', () => {
  test('a test file\'s global object is its context itself, not a contextified proxy, with jest\'s globals', () => {
    const createContext = vm.createContext;
    const environment = new FastGlobalsEnvironment(config(), context);
    expect(environment.context).toBe(environment.global);
    expect(vm.runInContext('globalThis', environment.getVmContext()!)).toBe(environment.global);
    expect(environment.global.Object).not.toBe(Object); // a realm of its own, as in jest's environment
    expect(environment.global.Buffer).toBe(Buffer);
    expect(typeof environment.global.setTimeout).toBe('function');
    expect(vm.createContext).toBe(createContext);
  });

  test('jest\'s own environment creates the context from a proxy (what this one avoids)', () => {
    const environment = new NodeEnvironment(config(), context);
    expect(environment.context).not.toBe(environment.global);
  });

  test('vm.createContext is restored when jest\'s constructor throws', () => {
    const createContext = vm.createContext;
    expect(() => new FastGlobalsEnvironment(config({ customExportConditions: 'node' }), context)).toThrow('Custom export conditions');
    expect(vm.createContext).toBe(createContext);
  });

  test('the package\'s tests run in it', () => {
    const jestConfig = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf-8')).jest;
    expect(jestConfig.testEnvironment).toBe('<rootDir>/test/jest/fast-globals-environment.js');
  });
});
