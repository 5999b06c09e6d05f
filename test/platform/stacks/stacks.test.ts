import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { resolveSettings } from '../../../src/resolve-settings';
import { createPlatformStacks } from '../../../templates/platform/platform';

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
const TERRAFORM = process.env.TERRAFORM_BINARY ?? '/usr/local/bin/terraform';
const MIRROR = '/opt/tf-plugins';
const available = fs.existsSync(TERRAFORM) && fs.existsSync(MIRROR);
if (!available && process.env.CI === 'true') {
  test('terraform and the provider mirror are installed', () => {
    throw new Error(`CI=true but ${fs.existsSync(TERRAFORM) ? MIRROR : TERRAFORM} is missing: the stacks cannot be validated`);
  });
} else if (!available) {
  test.skip(`terraform validate of the stacks (skipped: ${TERRAFORM} or ${MIRROR} not found)`, () => undefined);
} else {
  test('the account, primary and replication stacks validate with hashicorp/aws 5.100.0, without warnings', () => {
    const { synth } = platform('enterprise');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-stacks-'));
    try {
      const cacheDir = path.join(os.tmpdir(), 'sas-tf-plugin-cache');
      fs.mkdirSync(cacheDir, { recursive: true });
      const cliConfig = path.join(root, 'terraform.rc');
      fs.writeFileSync(cliConfig, `provider_installation {\n  filesystem_mirror { path = ${JSON.stringify(MIRROR)} }\n}\nplugin_cache_dir = ${JSON.stringify(cacheDir)}\n`);
      const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
      for (const name of ['prod-account', 'prod-us-east-1', 'prod-replication']) {
        const dir = path.join(root, name);
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'main.tf.json'), synth(name));
        const run = (...args: string[]) => execFileSync(TERRAFORM, args, { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });
        run('init', '-backend=false', '-input=false', '-no-color');
        const result = JSON.parse(run('validate', '-json', '-no-color'));
        expect({ name, diagnostics: result.diagnostics.map((d: any) => `${d.severity}: ${d.summary}: ${d.detail}`) }).toEqual({ name, diagnostics: [] });
        expect(result.valid).toBe(true);
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
}
