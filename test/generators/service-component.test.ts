import { resolveAddRequest } from '../../src/generators/add-request';
import { addCommand, renderComponentFiles } from '../../src/generators/component-files';
import { RepositorySettings } from '../../src/generators/platform-settings-reader';
import { derivedListenerRulePriority } from '../../src/generators/service-rule';

const settings: RepositorySettings = {
  project: 'payments',
  environments: [
    { name: 'dev', accountId: '111111111111', regions: ['us-east-1', 'us-west-2'] },
    { name: 'prod', accountId: '222222222222', regions: ['us-east-1', 'us-west-2'] },
  ],
  regionCodes: { 'us-east-1': 'use1', 'us-west-2': 'usw2' },
};

describe('service', () => {
  test('a host and a path are written into the construct; the priority is derived from the name unless given', () => {
    const { request, problems } = resolveAddRequest({ component: 'service', name: 'orders', options: { host: '*.orders.example.com', path: '/api/*' } }, settings);
    expect(problems).toEqual([]);
    const priority = derivedListenerRulePriority('orders');
    expect(request).toMatchObject({ className: 'OrdersService', options: { host: '*.orders.example.com', path: '/api/*', priority } });
    expect(addCommand(request!)).toBe(`npx projen add service orders --host '*.orders.example.com' --path '/api/*' --priority ${priority}`);
    const construct = renderComponentFiles(request!).get('src/components/orders.ts')!;
    expect(construct).toContain("const HOST: string | undefined = '*.orders.example.com';");
    expect(construct).toContain("const PATH: string | undefined = '/api/*';");
    expect(construct).toContain(`const PRIORITY = ${priority};`);
  });

  test('a path alone leaves the host open; --priority is taken as given', () => {
    const { request } = resolveAddRequest({ component: 'service', name: 'billing', options: { path: '/billing/*', priority: '42' } }, settings);
    const construct = renderComponentFiles(request!).get('src/components/billing.ts')!;
    expect(construct).toContain('const HOST: string | undefined = undefined;');
    expect(construct).toContain('const PRIORITY = 42;');
  });

  test('derived priorities are stable, within 1000..49999, and differ between names', () => {
    const names = ['orders', 'billing', 'catalog', 'search', 'checkout', 'accounts'];
    const priorities = names.map(derivedListenerRulePriority);
    expect(priorities).toEqual(names.map(derivedListenerRulePriority));
    priorities.forEach((p) => expect(p >= 1000 && p <= 49999).toBe(true));
    expect(new Set(priorities).size).toBe(names.length);
  });

  test('without --host or --path the rule could not tell its requests apart: refused naming both flags', () => {
    expect(resolveAddRequest({ component: 'service', name: 'orders' }, settings)).toEqual({
      problems: ['--host/--path: a service needs a rule that tells its requests apart: give --host (e.g. orders.example.com), --path (e.g. /orders/*) or both'],
    });
  });

  test('rejects a bad host, path and priority, every problem at once, each naming its flag', () => {
    const { request, problems } = resolveAddRequest(
      { component: 'service', name: 'orders', options: { host: 'Orders_Example', path: 'orders/*', priority: '0' } },
      settings,
    );
    expect(request).toBeUndefined();
    expect(problems).toEqual([
      '--host: "Orders_Example" must be "none" or a lowercase domain name, optionally starting with "*."',
      '--path: "orders/*" must be "none" or start with "/" and hold at most 128 of A-Z a-z 0-9 _ . $ / ~ @ : + & * ? -',
      '--priority: "0" must be between 1 and 50000',
    ]);
    expect(resolveAddRequest({ component: 'service', name: 'orders', options: { path: `/${'a'.repeat(128)}` } }, settings).problems)
      .toEqual([expect.stringMatching(/^--path: .* must be "none" or start with "\/"/)]);
    expect(resolveAddRequest({ component: 'service', name: 'orders', options: { path: '/x', priority: 'high' } }, settings).problems)
      .toEqual(['--priority: "high" is not a whole number']);
  });
});
