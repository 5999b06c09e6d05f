import { App, TerraformStack, Testing } from 'cdktf';
import { resolveSettings } from '../../../src/resolve-settings';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { offlineTerraformAvailable, validateOffline } from '../offline-validate';

function platform(preset: string) {
  const settings = resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', preset, environments: ['dev', 'prod'] });
  const app = Testing.app();
  const environments = createPlatformStacks(app as App, settings);
  const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);
  return { app, environments, stacks, synth: (name: string) => Testing.synth(app.node.findChild(name) as TerraformStack) };
}

describe.each([
  ['baseline', ['dev-account', 'dev-us-east-1', 'dev-bootstrap']],
  ['multi-region', ['dev-account', 'dev-us-east-1', 'dev-us-west-2', 'dev-replication', 'dev-bootstrap']],
  ['enterprise', ['dev-account', 'dev-us-east-1', 'dev-us-west-2', 'dev-us-east-2', 'dev-replication', 'dev-bootstrap']],
])('the %s preset', (preset, devStacks) => {
  const { stacks, synth } = platform(preset);

  test('has the stacks of its regions, in deploy order', () => {
    expect(stacks.map((s) => s.node.id).filter((id) => id.startsWith('dev-'))).toEqual(devStacks);
    const replication = stacks.find((s) => s.node.id === 'dev-replication');
    if (replication) expect(replication.dependencies.map((d) => d.node.id)).toEqual(['dev-us-east-1', 'dev-us-west-2']);
  });

  test('outputs no secret and no sensitive value', () => {
    for (const stack of stacks) {
      const outputs = JSON.parse(synth(stack.node.id)).output ?? {};
      for (const [name, output] of Object.entries<any>(outputs)) {
        expect(output.sensitive).toBeUndefined();
        expect(name).not.toMatch(/password|secret_value|private_key/);
      }
    }
  });

  test('every region blocks public snapshots and documents and requires IMDSv2; every account has a support role', () => {
    for (const stack of stacks.filter((s) => /-[a-z]{2}-[a-z]+-\d$/.test(s.node.id))) {
      const resource = JSON.parse(synth(stack.node.id)).resource;
      expect(Object.values(resource.aws_ebs_snapshot_block_public_access)).toEqual([expect.objectContaining({ state: 'block-all-sharing' })]);
      expect(Object.values(resource.aws_ec2_instance_metadata_defaults)).toEqual([expect.objectContaining({ http_tokens: 'required', http_put_response_hop_limit: 1 })]);
      expect(Object.values(resource.aws_ssm_service_setting)).toEqual([
        expect.objectContaining({ setting_id: '/ssm/documents/console/public-sharing-permission', setting_value: 'Disable' }),
      ]);
    }
    for (const stack of stacks.filter((s) => s.node.id.endsWith('-account'))) {
      const attachments = Object.values<any>(JSON.parse(synth(stack.node.id)).resource.aws_iam_role_policy_attachment);
      expect(attachments.map((a) => a.policy_arn)).toContain('arn:aws:iam::aws:policy/AWSSupportAccess');
    }
  });

  test('never reads another stack\'s state and calls no AWS data source', () => {
    for (const stack of stacks) {
      const json = JSON.parse(synth(stack.node.id));
      expect(Object.keys(json.data ?? {}).filter((type) => type !== 'aws_iam_policy_document')).toEqual([]);
      expect(JSON.stringify(json)).not.toContain('terraform_remote_state');
    }
  });
});

/**
 * `terraform validate` of the foundation's stacks of one production environment of the enterprise preset (the
 * e2e test validates and plans every stack of every preset in a generated repository).
 */
(offlineTerraformAvailable() ? test : test.skip)('the account, primary and replication stacks validate with hashicorp/aws 5.100.0, without warnings', () => {
  const { synth } = platform('enterprise');
  const names = ['prod-account', 'prod-us-east-1', 'prod-replication'];
  const diagnostics = validateOffline(Object.fromEntries(names.map((name) => [name, synth(name)])));
  expect(diagnostics).toEqual(Object.fromEntries(names.map((name) => [name, []])));
}, 120_000);
