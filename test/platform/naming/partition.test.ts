import { Testing } from 'cdktf';
import { SupportRole } from '../../../templates/platform/identity/support-role';
import {
  accountRootArn,
  bucketArn,
  globalArn,
  keyAliasArn,
  managedPolicyArn,
  partitionOf,
  regionalArn,
  roleArn,
  trailArn,
} from '../../../templates/platform/naming';
import { testStack } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

describe('the partition follows the region', () => {
  test.each([
    ['us-east-1', 'aws'],
    ['eu-central-2', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-gov-east-1', 'aws-us-gov'],
  ])('%s is in %s', (region, partition) => {
    expect(partitionOf(region)).toBe(partition);
  });

  test('regional and global ARNs take it from the region they are used in', () => {
    expect(regionalArn('kms', 'cn-north-1', '123456789012', 'key/*')).toBe('arn:aws-cn:kms:cn-north-1:123456789012:key/*');
    expect(globalArn('iam', '123456789012', 'role/x', 'us-gov-west-1')).toBe('arn:aws-us-gov:iam::123456789012:role/x');
    expect(bucketArn('b', 'us-gov-east-1')).toBe('arn:aws-us-gov:s3:::b');
    expect(accountRootArn('123456789012', 'cn-north-1')).toBe('arn:aws-cn:iam::123456789012:root');
    expect(managedPolicyArn('service-role/P', 'cn-north-1')).toBe('arn:aws-cn:iam::aws:policy/service-role/P');
    expect(trailArn('t', 'us-gov-west-1', '123456789012')).toBe('arn:aws-us-gov:cloudtrail:us-gov-west-1:123456789012:trail/t');
  });

  test('commercial regions keep the ARNs they always had', () => {
    const settings = settingsFixture();
    const prod = settings.environments.find((e) => e.name === 'prod')!;
    expect(roleArn(prod, 'r')).toBe('arn:aws:iam::222222222222:role/r');
    expect(keyAliasArn(settings, prod, 'audit', 'us-west-2')).toBe('arn:aws:kms:us-west-2:222222222222:alias/payments-prod-audit');
  });

  test('a construct builds its ARNs in the partition of its region', () => {
    const stack = testStack();
    new SupportRole(stack, 'support', { name: 'support', accountId: '123456789012', region: 'us-gov-west-1' });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.values<any>(json.resource.aws_iam_role_policy_attachment)[0].policy_arn).toBe('arn:aws-us-gov:iam::aws:policy/AWSSupportAccess');
    const trust = Object.values<any>(json.data.aws_iam_policy_document)[0];
    expect(trust.statement[0].principals[0].identifiers).toEqual(['arn:aws-us-gov:iam::123456789012:root']);
  });
});
