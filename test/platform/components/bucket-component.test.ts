import * as fs from 'fs';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { Testing } from 'cdktf';
import { renderComponent, RenderedComponent, synthesizeWith, typeErrors } from './rendered-component';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { componentBucketName } from '../../../templates/platform/naming';
import { PlatformStack } from '../../../templates/platform/stacks/platform-stack';
import { settingsFixture } from '../settings-fixture';

describe('bucket component', () => {
  const settings = settingsFixture();
  const rendered: RenderedComponent[] = [];
  afterAll(() => rendered.forEach((r) => r.remove()));

  test('without replication: type-checks, and the platform with it passes the guardrails', () => {
    const component = renderComponent({ component: 'bucket', name: 'orders' }, settings);
    rendered.push(component);
    expect(fs.readFileSync(component.componentFile, 'utf-8')).not.toContain('BucketReplication');
    expect(typeErrors([component.componentFile])).toEqual([]);
    const { report } = synthesizeWith(component, settings);
    expect(report.findings.length === 0 ? '' : consoleReport(report)).toBe('');
    expect(report.failed).toBe(false);
  });

  describe('with --replicate-to the secondary region', () => {
    const component = renderComponent({ component: 'bucket', name: 'invoices', options: { 'replicate-to': 'us-west-2' } }, settings);
    rendered.push(component);
    const { app, report } = synthesizeWith(component, settings);

    test('type-checks', () => {
      expect(typeErrors([component.componentFile])).toEqual([]);
    });

    test('the platform with it passes the guardrails with no finding', () => {
      expect(report.findings.length === 0 ? '' : consoleReport(report)).toBe('');
      expect(report.failed).toBe(false);
    });

    test.each(['dev', 'prod'])('%s: the primary bucket replicates to the replica from a stack that depends on both regional stacks', (envName) => {
      const environment = settings.environments.find((e) => e.name === envName)!;
      const stack = app.node.findChild(`${envName}-us-east-1-invoices-replication`) as PlatformStack;
      expect(stack.region).toBe('us-east-1');
      expect(stack.dependencies.map((d) => d.node.id).sort()).toEqual([`${envName}-us-east-1`, `${envName}-us-west-2`]);
      expect(Testing.synth(stack)).toHaveResourceWithProperties(S3BucketReplicationConfigurationA, {
        bucket: componentBucketName(settings, environment, 'invoices', 'us-east-1'),
        rule: [expect.objectContaining({
          destination: expect.objectContaining({
            bucket: `arn:aws:s3:::${componentBucketName(settings, environment, 'invoices', 'us-west-2')}`,
            encryption_configuration: { replica_kms_key_id: `arn:aws:kms:us-west-2:${environment.accountId}:alias/payments-${envName}-invoices-bucket` },
          }),
        })],
      });
      expect(app.node.tryFindChild(`${envName}-us-west-2-invoices-replication`)).toBeUndefined();
    });

    test('the keys of both regions let the replication role use them through S3', () => {
      const synthesized = JSON.parse(Testing.synth(app.node.findChild('prod-us-west-2') as PlatformStack));
      const keys = Object.values(synthesized.resource.aws_kms_key as Record<string, { policy: string; tags?: Record<string, string> }>);
      const key = keys.find((k) => k.tags?.Name === 'payments-prod-invoices-bucket')!;
      expect(key.policy).toContain('arn:aws:iam::222222222222:role/payments-prod-invoices-use1-replication');
    });
  });
});
