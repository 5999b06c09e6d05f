import { missingAddAnswers, resolveAddRequest } from '../../src/generators/add-request';
import { addCommand, renderComponentFiles } from '../../src/generators/component-files';
import { componentNameProblems, pascalCase } from '../../src/generators/component-name';
import { readRepositorySettings, RepositorySettings } from '../../src/generators/platform-settings-reader';

const settings: RepositorySettings = {
  project: 'payments',
  environments: [
    { name: 'dev', accountId: '111111111111', regions: ['us-east-1', 'us-west-2'] },
    { name: 'prod', accountId: '222222222222', regions: ['us-east-1', 'us-west-2'] },
  ],
  regionCodes: { 'us-east-1': 'use1', 'us-west-2': 'usw2' },
};

describe('component names', () => {
  test.each(['orders', 'order-events', 'q2'])('%s is valid', (name) => expect(componentNameProblems(name)).toEqual([]));
  test('rejects bad syntax, bad length and platform names, each with what would be right', () => {
    expect(componentNameProblems('Orders_1')).toEqual([expect.stringContaining('lowercase letters, digits and single hyphens')]);
    expect(componentNameProblems('a')).toEqual([expect.stringContaining('is 1 characters long; use 2 to 20')]);
    expect(componentNameProblems('data')).toEqual(['name "data" is used by the platform\'s own resources; choose another (e.g. "data-store")']);
    expect(componentNameProblems('order--events')).toHaveLength(1);
  });
  test('every purpose of the platform\'s buckets and regional keys is taken', () => {
    for (const name of ['state-logs', 'audit-logs', 'alb-logs', 'secrets', 'dynamodb']) {
      expect(componentNameProblems(name)).toEqual([expect.stringContaining('is used by the platform\'s own resources')]);
    }
  });
  test('class names', () => expect(pascalCase('order-events')).toBe('OrderEvents'));
});

describe('resolveAddRequest', () => {
  test('defaults: every environment and region, the component options\' defaults', () => {
    const { request, problems } = resolveAddRequest({ component: 'queue', name: 'orders' }, settings);
    expect(problems).toEqual([]);
    expect(request).toMatchObject({
      className: 'OrdersQueue',
      componentFile: 'src/components/orders.ts',
      testFile: 'test/components/orders.test.ts',
      environments: undefined,
      regions: undefined,
      stackNames: ['dev-us-east-1', 'dev-us-west-2', 'prod-us-east-1', 'prod-us-west-2'],
      options: { 'max-receive-count': 5 },
    });
  });

  test('narrows to the given environments and regions, and converts option values', () => {
    const { request } = resolveAddRequest({ component: 'function', name: 'nightly', environments: 'prod', regions: 'us-west-2', options: { memory: '512', schedule: 'rate(1 day)' } }, settings);
    expect(request).toMatchObject({ stackNames: ['prod-us-west-2'], options: { memory: 512, schedule: 'rate(1 day)' } });
    // Written into the generated files as a command to paste into a shell: the schedule is quoted once.
    expect(addCommand(request!)).toBe("npx projen add function nightly --environments prod --regions us-west-2 --memory 512 --schedule 'rate(1 day)'");
  });

  test('a value quoted twice (the work-around the add task no longer needs) is refused with the value quoted once', () => {
    const { problems } = resolveAddRequest({ component: 'function', name: 'nightly', options: { schedule: "'rate(1 day)'" } }, settings);
    expect(problems).toEqual([
      '--schedule: "\'rate(1 day)\'" is wrapped in quotes: npx projen add passes each argument on as the shell gave it, so quote it once (--schedule \'rate(1 day)\')',
    ]);
    expect(resolveAddRequest({ component: 'service', name: 'shop', options: { path: '"/shop/*"' } }, settings).problems).toEqual([
      expect.stringContaining('--path: "\\"/shop/*\\"" is wrapped in quotes'),
    ]);
  });

  test('collects every problem at once, naming the flag', () => {
    const { request, problems } = resolveAddRequest(
      { component: 'queue', name: 'Bad Name', environments: 'dev,staging', regions: 'eu-west-9', options: { 'max-receive-count': '0', 'memory': '512' } },
      settings,
    );
    expect(request).toBeUndefined();
    expect(problems).toEqual([
      expect.stringContaining('name "Bad Name" must be lowercase'),
      '--environments: "staging" is not an environment of this repository (dev, prod)',
      '--regions: "eu-west-9" is not a region of this repository (us-east-1, us-west-2)',
      '--max-receive-count: "0" must be between 1 and 1000',
      '--memory is not an option of queue (its options: --max-receive-count)',
    ]);
  });

  test('rejects an unknown component, a non-integer and a table without its primary region', () => {
    expect(resolveAddRequest({ component: 'cluster', name: 'x1' }, settings).problems).toEqual(['component "cluster" is not one of bucket, table, queue, function, service']);
    expect(resolveAddRequest({ component: 'bucket', name: 'x1', options: { 'noncurrent-version-days': 'ten' } }, settings).problems).toEqual([
      '--noncurrent-version-days: "ten" is not a whole number',
    ]);
    expect(resolveAddRequest({ component: 'table', name: 'orders', regions: 'us-west-2' }, settings).problems).toEqual([
      "--regions: a table's replicas need its primary table: include dev's primary region us-east-1",
      "--regions: a table's replicas need its primary table: include prod's primary region us-east-1",
    ]);
  });

  test('rejects a name that makes a bucket name longer than S3 allows', () => {
    const long = { ...settings, project: 'a-very-long-project' };
    expect(resolveAddRequest({ component: 'bucket', name: 'quarterly-reports-xx' }, { ...long, project: 'a-very-long-project-x' }).problems[0]).toMatch(/S3 allows 63/);
  });

  test('names the answers that are missing', () => {
    expect(missingAddAnswers({})).toEqual(['<component> (first argument: bucket, table, queue, function, service)', '<name> (second argument, e.g. orders)']);
    expect(missingAddAnswers({ component: 'bucket' })).toEqual(['<name> (second argument, e.g. orders)']);
  });
});

describe('renderComponentFiles', () => {
  test.each(['bucket', 'table', 'queue', 'function'])('%s: a construct, a test (and a handler for functions), with single-quoted literals', (component) => {
    const { request } = resolveAddRequest({ component, name: 'orders', options: component === 'function' ? { schedule: 'rate(5 minutes)' } : {} }, settings);
    const files = renderComponentFiles(request!);
    expect([...files.keys()]).toEqual([
      'src/components/orders.ts',
      'test/components/orders.test.ts',
      ...(component === 'function' ? ['functions/orders/index.js'] : []),
    ]);
    const construct = files.get('src/components/orders.ts')!;
    expect(construct).toContain(`export class ${request!.className} extends Construct {`);
    expect(construct).toContain(`npx projen add ${component} orders`);
    expect(construct).not.toMatch(/"orders"/);
    expect(files.get('test/components/orders.test.ts')).toContain("['dev-us-east-1', 'dev-us-west-2', 'prod-us-east-1', 'prod-us-west-2']");
    if (component === 'function') expect(construct).toContain("const SCHEDULE: string | undefined = 'rate(5 minutes)';");
  });
});

describe('readRepositorySettings', () => {
  test('reads the object projen renders into src/platform/settings.ts', () => {
    const source = `import { PlatformSettings } from './settings-model';\n\nexport const settings: PlatformSettings = ${JSON.stringify(settings, undefined, 2)};\n`;
    expect(readRepositorySettings(source)).toEqual(settings);
  });
  test('names the file and the fix when it is not there', () => {
    expect(() => readRepositorySettings('export const x = 1;')).toThrow('src/platform/settings.ts does not hold the settings that `npx projen` writes; run `npx projen` to restore it');
  });
});
