import * as fs from 'fs';
import * as path from 'path';
import { wireComponent, wiringStatement } from '../../src/generators/main-ts-wiring';
import { renderTemplate } from '../../src/templates';

const sample = renderTemplate('samples/main.ts.ejs', { project: 'payments' });
const orders = (platformVariable: string) => ({
  importLine: "import { OrdersQueue } from './components/orders';",
  statement: wiringStatement(platformVariable, 'OrdersQueue', 'orders', { environments: ['prod'] }),
});

describe('wireComponent', () => {
  test('edits the sample precisely: import in module order, regionalStacks imported, platform kept, statement before return', () => {
    const edit = wireComponent(sample, orders);
    expect(edit.kind).toBe('edited');
    const content = (edit as { content: string }).content;
    expect(content).toContain([
      "import { App } from 'cdktf';",
      "import { OrdersQueue } from './components/orders';",
      "import { createPlatformStacks, regionalStacks } from './platform';",
      "import { settings } from './platform/settings';",
    ].join('\n'));
    expect(content).toContain([
      '  const platform = createPlatformStacks(app, settings);',
      "  for (const stack of regionalStacks(platform, { environments: ['prod'] })) new OrdersQueue(stack, 'orders');",
      '  return app;',
    ].join('\n'));
    // Nothing else changed.
    expect(content.split('\n').length).toBe(sample.split('\n').length + 2);
  });

  test('is idempotent: a second application changes nothing', () => {
    const once = wireComponent(sample, orders) as { content: string };
    expect(wireComponent(once.content, orders)).toEqual({ kind: 'unchanged' });
  });

  test('adds a second component after the first, reusing the platform variable the file already has', () => {
    const once = (wireComponent(sample, orders) as { content: string }).content.replace('const platform =', 'const stacks =');
    const twice = wireComponent(once, (v) => ({
      importLine: "import { ReportsBucket } from './components/reports';",
      statement: wiringStatement(v, 'ReportsBucket', 'reports', {}),
    }));
    const content = (twice as { content: string }).content;
    expect(content).toContain("  for (const stack of regionalStacks(stacks)) new ReportsBucket(stack, 'reports');\n  return app;");
    expect(content.indexOf('./components/orders')).toBeLessThan(content.indexOf('./components/reports'));
    expect(content.match(/regionalStacks }/g)).toHaveLength(1);
  });

  test('refuses a restructured file, naming what is missing and listing the lines to add', () => {
    const restructured = sample.replace('  createPlatformStacks(app, settings);\n', '  setUp(app);\n');
    const edit = wireComponent(restructured, orders);
    expect(edit).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('cannot find the statement `createPlatformStacks(app, settings);`'),
      linesToAdd: [
        "import { OrdersQueue } from './components/orders';",
        "import { regionalStacks } from './platform';",
        'const platform = createPlatformStacks(app, settings);',
        "for (const stack of regionalStacks(platform, { environments: ['prod'] })) new OrdersQueue(stack, 'orders');",
      ],
    });
  });

  test('refuses a file without return app after the platform', () => {
    const edit = wireComponent(sample.replace('  return app;', '  return app.synth() as never;'), orders);
    expect(edit.kind).toBe('refused');
    expect((edit as { reason: string }).reason).toContain('`return app;` after createPlatformStacks');
  });

  test('the sample it edits is the one projen writes', () => {
    expect(fs.readFileSync(path.join(__dirname, '..', '..', 'templates', 'samples', 'main.ts.ejs'), 'utf-8')).toContain('  createPlatformStacks(app, settings);\n  return app;');
  });
});

describe('wiringStatement', () => {
  test('selects everything without a selection, and quotes names as TypeScript literals', () => {
    expect(wiringStatement('platform', 'ReportsBucket', 'reports', {})).toBe("for (const stack of regionalStacks(platform)) new ReportsBucket(stack, 'reports');");
    expect(wiringStatement('p', 'X', 'x', { environments: ['dev', 'prod'], regions: ['eu-west-1'] })).toBe(
      "for (const stack of regionalStacks(p, { environments: ['dev', 'prod'], regions: ['eu-west-1'] })) new X(stack, 'x');",
    );
  });
});

test('a statement longer than a line may be is broken up, and still recognised on a second run', () => {
  const environments = ['development', 'integration', 'staging', 'preproduction', 'production'];
  const long = (v: string) => ({
    importLine: "import { OrdersQueue } from './components/orders';",
    statement: wiringStatement(v, 'OrdersQueue', 'orders', { environments, regions: ['us-east-1', 'eu-central-1'] }),
  });
  const content = (wireComponent(sample, long) as { content: string }).content;
  expect(content).toContain([
    '  for (const stack of regionalStacks(platform, {',
    "    environments: ['development', 'integration', 'staging', 'preproduction', 'production'],",
    "    regions: ['us-east-1', 'eu-central-1'],",
    '  })) {',
    "    new OrdersQueue(stack, 'orders');",
    '  }',
    '  return app;',
  ].join('\n'));
  expect(content.split('\n').every((line) => line.length <= 150)).toBe(true);
  expect(wireComponent(content, long)).toEqual({ kind: 'unchanged' });
});
