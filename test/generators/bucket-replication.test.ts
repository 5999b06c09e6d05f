import { resolveAddRequest } from '../../src/generators/add-request';
import { addCommand, renderComponentFiles } from '../../src/generators/component-files';
import { RepositorySettings } from '../../src/generators/platform-settings-reader';

const settings: RepositorySettings = {
  project: 'payments',
  environments: [
    { name: 'dev', accountId: '111111111111', regions: ['us-east-1', 'us-west-2'] },
    { name: 'prod', accountId: '222222222222', regions: ['us-east-1', 'us-west-2', 'eu-west-1'] },
  ],
  regionCodes: { 'us-east-1': 'use1', 'us-west-2': 'usw2', 'eu-west-1': 'euw1' },
};

describe('bucket --replicate-to', () => {
  test('defaults to none: the bucket is written without replication', () => {
    const { request } = resolveAddRequest({ component: 'bucket', name: 'orders' }, settings);
    expect(request?.options['replicate-to']).toBe('none');
    const construct = renderComponentFiles(request!).get('src/components/orders.ts')!;
    expect(construct).toContain('kmsKeyArn: stack.keys.data.arn');
    expect(construct).not.toContain('REPLICA_REGION');
  });

  test('a region of every selected environment: the replica region is written into the construct and its test', () => {
    const { request, problems } = resolveAddRequest({ component: 'bucket', name: 'orders', options: { 'replicate-to': 'us-west-2' } }, settings);
    expect(problems).toEqual([]);
    expect(addCommand(request!)).toBe('npx projen add bucket orders --noncurrent-version-days 90 --replicate-to us-west-2');
    const files = renderComponentFiles(request!);
    expect(files.get('src/components/orders.ts')).toContain("export const REPLICA_REGION = 'us-west-2';");
    expect(files.get('src/components/orders.ts')).toContain('new BucketReplication(replicationStack');
    expect(files.get('test/components/orders.test.ts')).toContain("from '../../src/components/orders'");
  });

  test('rejects a value that is no region, naming the flag', () => {
    expect(resolveAddRequest({ component: 'bucket', name: 'orders', options: { 'replicate-to': 'Oregon' } }, settings).problems).toEqual([
      '--replicate-to: "Oregon" must be "none" or a region such as eu-west-1',
    ]);
  });

  test('rejects a region that is not one of a selected environment\'s regions, naming the environment', () => {
    const { request, problems } = resolveAddRequest({ component: 'bucket', name: 'orders', options: { 'replicate-to': 'eu-west-1' } }, settings);
    expect(request).toBeUndefined();
    expect(problems).toEqual([
      '--replicate-to: eu-west-1 is not a region of environment dev (us-east-1, us-west-2); choose one of them, or leave dev out with --environments',
    ]);
    expect(resolveAddRequest({ component: 'bucket', name: 'orders', environments: 'prod', options: { 'replicate-to': 'eu-west-1' } }, settings).problems).toEqual([]);
  });

  test('rejects a selection without the replica region, or without a source region besides it', () => {
    expect(resolveAddRequest({ component: 'bucket', name: 'orders', regions: 'us-east-1', options: { 'replicate-to': 'us-west-2' } }, settings).problems).toEqual([
      '--replicate-to: the replica bucket is created in us-west-2: include us-west-2 in --regions',
    ]);
    expect(resolveAddRequest({ component: 'bucket', name: 'orders', regions: 'us-west-2', options: { 'replicate-to': 'us-west-2' } }, settings).problems).toEqual([
      '--replicate-to: us-west-2 is the only selected region of environment dev; the replica must be in another region than its source: select a second region with --regions',
      '--replicate-to: us-west-2 is the only selected region of environment prod; the replica must be in another region than its source: select a second region with --regions',
    ]);
  });

  test('the replication role name stays within IAM\'s 64 characters whenever the bucket name is within S3\'s 63', () => {
    const long = { ...settings, project: 'payments-platform-team' };
    const ok = resolveAddRequest({ component: 'bucket', name: 'order-archive-v2', environments: 'dev', options: { 'replicate-to': 'us-west-2' } }, long);
    expect(ok.problems).toEqual([]);
    const role = `${long.project}-dev-order-archive-v2-use1-replication`;
    expect(role.length).toBeLessThanOrEqual(64);
    expect(resolveAddRequest({ component: 'bucket', name: 'order-archive-v2345', environments: 'dev', options: { 'replicate-to': 'us-west-2' } }, long).problems)
      .toEqual([expect.stringContaining('-use1 would be 64 characters long; S3 allows 63'), expect.stringContaining('-usw2 would be 64 characters long; S3 allows 63')]);
  });

  test('is no option of other components', () => {
    expect(resolveAddRequest({ component: 'queue', name: 'orders', options: { 'replicate-to': 'us-west-2' } }, settings).problems).toEqual([
      '--replicate-to is not an option of queue (its options: --max-receive-count)',
    ]);
  });
});
