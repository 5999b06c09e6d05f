import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { LbListenerRule } from '@cdktf/provider-aws/lib/lb-listener-rule';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { Testing } from 'cdktf';
import { renderComponent, synthesizeWith, typeErrors } from './rendered-component';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { PlatformSettings } from '../../../templates/platform/settings-model';
import { RegionalStack } from '../../../templates/platform/stacks/regional-stack';
import { settingsFixture } from '../settings-fixture';

/** The fixture with a certificate in every region, so that the load balancer serves HTTPS and the rule is created. */
function servingSettings(): PlatformSettings {
  const settings = settingsFixture();
  return {
    ...settings,
    environments: settings.environments.map((environment) => ({
      ...environment,
      capabilities: {
        ...environment.capabilities,
        webTier: {
          ...environment.capabilities.webTier,
          certificateArns: Object.fromEntries(environment.regions.map((r) => [r, `arn:aws:acm:${r}:${environment.accountId}:certificate/1234`])),
        },
      },
    })),
  };
}

interface SynthesizedLaunchTemplate {
  readonly name: string;
  readonly metadata_options: object;
  readonly iam_instance_profile: object;
  readonly network_interfaces: Array<{ security_groups: string[] }>;
}


describe('service component', () => {
  const settings = servingSettings();
  const component = renderComponent(
    { component: 'service', name: 'orders', options: { host: 'orders.example.com', path: '/api/*', priority: '120' } },
    settings,
  );
  afterAll(() => component.remove());
  const { app, report } = synthesizeWith(component, settings);
  const prod = JSON.parse(Testing.synth(app.node.findChild('prod-us-east-1') as RegionalStack));

  test('type-checks', () => {
    expect(typeErrors([component.componentFile])).toEqual([]);
  });

  test('the platform with it passes the guardrails with no finding', () => {
    expect(report.findings.length === 0 ? '' : consoleReport(report)).toBe('');
    expect(report.failed).toBe(false);
  });

  test('a rule on the HTTPS listener forwards the host and path to the service\'s target group', () => {
    const rules = Object.values(prod.resource[LbListenerRule.tfResourceType] as Record<string, Record<string, unknown>>);
    expect(rules).toEqual([expect.objectContaining({
      priority: 120,
      condition: [{ host_header: { values: ['orders.example.com'] } }, { path_pattern: { values: ['/api/*'] } }],
      action: [expect.objectContaining({ type: 'forward', target_group_arn: expect.stringContaining('orders_target-group') })],
    })]);
    expect(rules[0].listener_arn).toMatch(/web_load-balancer_https/);
  });

  test('its own Auto Scaling group of the hardened launch template, with the web tier\'s app security group and instance profile', () => {
    const groups = Object.values(prod.resource[AutoscalingGroup.tfResourceType] as Record<string, Record<string, unknown>>);
    const group = groups.find((g) => g.name === 'payments-prod-us-east-1-orders-app')!;
    expect(group).toMatchObject({ health_check_type: 'ELB', target_group_arns: [expect.stringContaining('orders_target-group')] });
    const templates = Object.values(prod.resource[LaunchTemplate.tfResourceType] as Record<string, SynthesizedLaunchTemplate>);
    const template = templates.find((t) => t.name === 'payments-prod-us-east-1-orders-app')!;
    const platformTemplate = templates.find((t) => t.name === 'payments-prod-us-east-1-app')!;
    expect(template.metadata_options).toMatchObject({ http_tokens: 'required' });
    expect(template.iam_instance_profile).toEqual(platformTemplate.iam_instance_profile);
    expect(template.network_interfaces[0].security_groups).toEqual(platformTemplate.network_interfaces[0].security_groups);
    expect(Testing.synth(app.node.findChild('prod-us-east-1') as RegionalStack)).toHaveResourceWithProperties(LbTargetGroup, {
      name: 'payments-prod-us-east-1-orders',
      port: 8080,
    });
  });

  test('without a certificate the load balancer does not serve: no rule, EC2 health checks, and still no guardrail finding', () => {
    const unserved = renderComponent({ component: 'service', name: 'billing', options: { path: '/billing/*' } }, settingsFixture());
    try {
      const result = synthesizeWith(unserved, settingsFixture());
      expect(result.report.findings.length === 0 ? '' : consoleReport(result.report)).toBe('');
      const synthesized = Testing.synth(result.app.node.findChild('dev-us-west-2') as RegionalStack);
      expect(synthesized).not.toHaveResource(LbListenerRule);
      expect(synthesized).toHaveResourceWithProperties(AutoscalingGroup, { name: 'payments-dev-us-west-2-billing-app', health_check_type: 'EC2' });
    } finally {
      unserved.remove();
    }
  });
});
