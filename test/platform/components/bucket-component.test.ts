import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { App, Testing } from 'cdktf';
import { renderComponent, RenderedComponent, typeErrors } from './rendered-component';
import { loadApp } from '../../../templates/platform/guardrails/app-model';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { componentBucketName } from '../../../templates/platform/naming';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { PlatformSettings } from '../../../templates/platform/settings-model';
import { PlatformStack } from '../../../templates/platform/stacks/platform-stack';
import { regionalStacks } from '../../../templates/platform/stacks/stack-selection';
import { settingsFixture } from '../settings-fixture';

/** Synthesizes the platform with the component in every regional stack and runs the guardrails over the result. */
function synthesizeWith(component: RenderedComponent, settings: PlatformSettings) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'component-'));
  const app = new App({ outdir });
  const platform = createPlatformStacks(app, settings);
  for (const stack of regionalStacks(platform)) new component.construct(stack, component.request.name);
  app.synth();
  const report = runGuardrails(loadApp(outdir), {
    productionEnvironments: settings.environments.filter((e) => e.profile === 'production').map((e) => e.name),
    allowedTagValues: { ...settings.allowedTagValues, Environment: settings.environments.map((e) => e.name) },
  });
  fs.rmSync(outdir, { recursive: true, force: true });
  return { app, report };
}

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
