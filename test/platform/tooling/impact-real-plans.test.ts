import { spawnSync } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { App, Testing } from 'cdktf';
import { regionalStackName } from '../../../templates/platform/naming';
import { PlatformStack } from '../../../templates/platform/stacks/platform-stack';
import { BLOCKED_EXIT_CODE, runImpact } from '../../../templates/platform/tooling/impact';
import { PlatformMove } from '../../../templates/platform/upgrades/moves';
import { checkTerraformTools, offlineTerraformEnv, REPO_ROOT, sh, writeOfflinePlanOverride } from '../../e2e/harness';
import { TEMPLATE_TYPESCRIPT_LOADER } from '../../template-loader';
import { settingsFixture } from '../settings-fixture';

/**
 * `npx projen impact` on plans that Terraform itself computes, offline: version 1 of a stack is planned, its planned
 * values become the state (`terraform state push`), then version 2 is planned with `-refresh=false` against that
 * state. Version 2 updates a topic in place, replaces a bucket (new name), destroys a log group, moves another one
 * (a `moved` block from the platform's move mechanism) and creates a topic.
 */
const settings = settingsFixture();
const RENAMED: PlatformMove = {
  stack: 'regional',
  from: 'aws_cloudwatch_log_group.old-name',
  to: 'aws_cloudwatch_log_group.new-name',
  reason: 'test: renamed construct',
};

function stackJson(environmentName: string, version: 1 | 2): string {
  const environment = settings.environments.find((e) => e.name === environmentName)!;
  const region = environment.regions[0];
  const app = Testing.app();
  const moves = version === 2 ? [RENAMED] : [];
  const stack = new PlatformStack(app as App, regionalStackName(environment, region), { settings, environment, region, moves });
  new KmsKey(stack, 'key', { description: 'impact test key', enableKeyRotation: true });
  new S3Bucket(stack, 'bucket', { bucket: `payments-${environment.name}-impact-v${version}` });
  new SnsTopic(stack, 'topic', { name: 'impact', displayName: `version ${version}` });
  new CloudwatchLogGroup(stack, version === 1 ? 'old-name' : 'new-name', { name: '/impact/moved', retentionInDays: 365 });
  if (version === 1) new CloudwatchLogGroup(stack, 'doomed', { name: '/impact/doomed', retentionInDays: 365 });
  if (version === 2) new SnsTopic(stack, 'added', { name: 'impact-added' });
  return Testing.synth(stack);
}

/** A state as if version 1 had been applied: its planned values, with the ids AWS would have assigned. */
function stateFromPlannedValues(plan: any): string {
  const resources = plan.planned_values.root_module.resources.map((r: any) => ({
    mode: r.mode,
    type: r.type,
    name: r.name,
    provider: `provider["${r.provider_name}"]`,
    instances: [
      {
        schema_version: r.schema_version,
        attributes: { ...r.values, id: r.values.name ?? r.values.bucket ?? randomUUID(), arn: `arn:aws:test:::${r.name}` },
        sensitive_attributes: [],
      },
    ],
  }));
  return JSON.stringify({ version: 4, terraform_version: '1.11.4', serial: 1, lineage: randomUUID(), outputs: {}, resources });
}

const tools = checkTerraformTools();
if (!tools.ok && process.env.CI === 'true') {
  test('terraform and the provider mirror are installed', () => {
    throw new Error(`CI=true but ${tools.reason}: impact cannot be tested on real plans`);
  });
} else if (!tools.ok) {
  test.skip(`impact on real Terraform plans (skipped: ${tools.reason})`, () => undefined);
} else {
  describe('impact on real Terraform plans', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-impact-'));
    const env = offlineTerraformEnv(root);
    const terraform = (dir: string, ...args: string[]) => sh('terraform', [...args, '-no-color'], dir, env);

    /** Plans version 1, pushes its planned values as state, writes version 2 and plans it; returns the stack folder. */
    const planUpgrade = (environmentName: string) => {
      const outdir = path.join(root, environmentName, 'cdktf.out');
      const environment = settings.environments.find((e) => e.name === environmentName)!;
      const name = regionalStackName(environment, environment.regions[0]);
      const dir = path.join(outdir, 'stacks', name);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ stacks: { [name]: { name, workingDirectory: `stacks/${name}`, dependencies: [] } } }));
      fs.writeFileSync(path.join(dir, 'cdk.tf.json'), stackJson(environmentName, 1));
      writeOfflinePlanOverride(dir);
      terraform(dir, 'init', '-input=false');
      terraform(dir, 'plan', '-input=false', '-refresh=false', '-out=tfplan');
      fs.writeFileSync(path.join(dir, 'v1.tfstate'), stateFromPlannedValues(JSON.parse(terraform(dir, 'show', '-json', 'tfplan'))));
      terraform(dir, 'state', 'push', 'v1.tfstate');
      fs.rmSync(path.join(dir, 'tfplan'));
      fs.writeFileSync(path.join(dir, 'cdk.tf.json'), stackJson(environmentName, 2));
      return { outdir, dir, name, plan: () => spawnSync('terraform', ['plan', '-input=false', '-refresh=false', '-no-color', '-out=tfplan'], { cwd: dir, env, encoding: 'utf-8' }) };
    };

    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    describe('a development stack', () => {
      let upgrade: ReturnType<typeof planUpgrade>;
      beforeAll(() => {
        upgrade = planUpgrade('dev');
        const result = upgrade.plan();
        if (result.status !== 0) throw new Error(`terraform plan failed:\n${result.stdout}\n${result.stderr}`);
        // What the plan workflow exports; the tests below read it instead of running `terraform show` again.
        fs.writeFileSync(path.join(upgrade.dir, 'tfplan.json'), sh('terraform', ['show', '-json', 'tfplan'], upgrade.dir, env));
      }, 240_000);
      const fromJson = (allowed: string[], allowAll = false, planJsonFile = 'tfplan.json') =>
        runImpact([], { outdir: upgrade.outdir, terraform: 'no-terraform-needed', policy: { allowed, allowAll }, planJsonFile });

      test('counts what Terraform plans: an update, a replacement, a destruction, a move and a creation', () => {
        const report = runImpact([], { outdir: upgrade.outdir, terraform: 'terraform', policy: { allowed: [], allowAll: false } });
        expect(report.impacts).toEqual([
          {
            stack: upgrade.name,
            create: 1,
            update: 1,
            replace: 1,
            destroy: 1,
            moved: 1,
            statefulChanges: [
              { stack: upgrade.name, address: 'aws_cloudwatch_log_group.doomed', action: 'destroy', allowed: false },
              { stack: upgrade.name, address: 'aws_s3_bucket.bucket', action: 'replace', allowed: false },
            ],
          },
        ]);
        expect(report.exitCode).toBe(BLOCKED_EXIT_CODE);
        const summary = JSON.parse(fs.readFileSync(path.join(upgrade.outdir, 'impact.json'), 'utf-8'));
        expect(summary).toMatchObject({ changed: true, blocked: [`${upgrade.name}/aws_cloudwatch_log_group.doomed`, `${upgrade.name}/aws_s3_bucket.bucket`] });
        const markdown = fs.readFileSync(path.join(upgrade.outdir, 'impact.md'), 'utf-8');
        expect(markdown).toContain(`| \`${upgrade.name}\` | 1 | 1 | 1 | 1 | 1 |`);
        expect(markdown).toContain(`| **blocked** | replace | \`${upgrade.name}/aws_s3_bucket.bucket\` |`);
      });

      test('passes when every stateful change is allowed by an address pattern', () => {
        const allowed = [`${upgrade.name}/aws_s3_bucket.bucket`, 'dev-*/aws_cloudwatch_log_group.*'];
        const report = fromJson(allowed);
        expect(report.impacts[0].statefulChanges.map((c) => c.allowed)).toEqual([true, true]);
        expect(report.exitCode).toBe(0);
        expect(fromJson(allowed.slice(0, 1)).exitCode).toBe(BLOCKED_EXIT_CODE);
        expect(fromJson([], true).exitCode).toBe(0);
      });

      test('the task exits 2 when blocked and 0 with the allowances of .projenrc.ts or the pull-request label', () => {
        const cli = (extraEnv: Record<string, string>, ...args: string[]) =>
          spawnSync(process.execPath, ['--require', TEMPLATE_TYPESCRIPT_LOADER, path.join(REPO_ROOT, 'templates/platform/tooling/impact.ts'), ...args], {
            cwd: path.dirname(upgrade.outdir),
            env: { ...env, CDKTF_OUTDIR: upgrade.outdir, ...extraEnv },
            encoding: 'utf-8',
          });
        const blocked = cli({});
        expect(blocked.status).toBe(BLOCKED_EXIT_CODE);
        expect(blocked.stdout).toContain(`BLOCKED  replace  ${upgrade.name}/aws_s3_bucket.bucket`);
        expect(blocked.stdout).toContain('2 stateful change(s) not allowed');
        const allowed = cli({ IMPACT_ALLOWED_CHANGES: `${upgrade.name}/aws_s3_bucket.bucket,${upgrade.name}/aws_cloudwatch_log_group.doomed` }, '--plan-json=tfplan.json');
        expect(allowed.status).toBe(0);
        expect(allowed.stdout).toContain(`allowed  destroy  ${upgrade.name}/aws_cloudwatch_log_group.doomed`);
        expect(cli({ IMPACT_ALLOW_STATEFUL_CHANGES: 'true' }, '--plan-json=tfplan.json').status).toBe(0);
        expect(cli({}, '--refresh').status).toBe(1);
      }, 60_000);

      test('reads plans exported as JSON (the plan workflow), and skips stacks without one', () => {
        expect(fromJson([]).impacts[0]).toMatchObject({ create: 1, update: 1, replace: 1, destroy: 1, moved: 1 });
        expect(fromJson([], false, 'absent.json')).toEqual({ impacts: [], missing: [upgrade.name], exitCode: 0 });
      });

      test('a stack without a saved plan is an error that says what to run', () => {
        fs.renameSync(path.join(upgrade.dir, 'tfplan'), path.join(upgrade.dir, 'tfplan.kept'));
        try {
          expect(() => runImpact([], { outdir: upgrade.outdir, terraform: 'terraform', policy: { allowed: [], allowAll: false } })).toThrow(
            `${upgrade.name} has no saved plan`,
          );
        } finally {
          fs.renameSync(path.join(upgrade.dir, 'tfplan.kept'), path.join(upgrade.dir, 'tfplan'));
        }
      });
    });

    test('in production, prevent_destroy makes Terraform itself refuse to replace a stateful resource', () => {
      const upgrade = planUpgrade('prod');
      const result = upgrade.plan();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Instance cannot be destroyed');
      expect(result.stderr).toContain('Resource aws_s3_bucket.bucket has lifecycle.prevent_destroy set');
      // A resource removed from the configuration takes its prevent_destroy with it: Terraform would destroy the
      // log group. That is why addresses are a contract (test/platform/addresses) and why impact checks plans.
      expect(result.stderr).not.toContain('aws_cloudwatch_log_group.doomed');
    }, 240_000);
  });
}
