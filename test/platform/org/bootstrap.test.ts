import * as fs from 'fs';
import * as path from 'path';
import { resourcesOf, synthOrgApp } from './org-app';
import { ciRoleArn } from '../../../templates/platform/bootstrap/bootstrap-names';
import { actionMatches, DATA_READ_ACTIONS, PLAN_READ_ACTIONS } from '../../../templates/platform/bootstrap/plan-permissions';
import { manifestStacks } from '../../../templates/platform/kernel/stack-manifest';
import { stackMatrix } from '../../../templates/platform/kernel/stack-matrix';
import { selectStacks } from '../../../templates/platform/tooling/stack-manifest';
import { synthProject } from '../../synth-helper';

const policyOf = (resource: any) => JSON.parse(resource.policy ?? resource.assume_role_policy);
const statements = (resource: any): any[] => policyOf(resource).Statement;
const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('the bootstrap stack of an environment', () => {
  const app = synthOrgApp({ githubRepository: 'acme/payments-infra' });
  const stack = app.stacks['prod-bootstrap'];
  const roles = resourcesOf(stack, 'aws_iam_role');
  const role = (name: string) => roles.find((r) => r.name === name);
  const rolePolicies = (roleKey: string) =>
    Object.values<any>(stack.resource.aws_iam_role_policy).filter((p) => p.role.includes(roleKey));

  test('exists per environment, and no stack depends on it', () => {
    expect(Object.keys(app.stacks).filter((name) => name.endsWith('-bootstrap')).sort()).toEqual(['dev-bootstrap', 'prod-bootstrap']);
    const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf-8'));
    for (const entry of Object.values<any>(manifest.stacks)) expect(entry.dependencies ?? []).not.toContain('prod-bootstrap');
  });

  test('creates a hardened, KMS-encrypted, versioned, logged state bucket with the name the backends use', () => {
    const bucketName = app.settings.environments[1].state!.bucket;
    expect(bucketName).toBe('payments-prod-tfstate-222222222222-use1');
    expect(app.stacks['prod-account'].terraform.backend.s3.bucket).toBe(bucketName);
    expect(stack.terraform.backend.s3).toMatchObject({ bucket: bucketName, key: 'payments/prod-bootstrap.tfstate' });
    const buckets = resourcesOf(stack, 'aws_s3_bucket').map((b) => b.bucket);
    expect(buckets.sort()).toEqual(['payments-prod-state-logs-222222222222-use1', bucketName]);
    const encryption = resourcesOf(stack, 'aws_s3_bucket_server_side_encryption_configuration').map((e) => e.rule[0].apply_server_side_encryption_by_default.sse_algorithm);
    expect(encryption.sort()).toEqual(['AES256', 'aws:kms']);
    expect(resourcesOf(stack, 'aws_s3_bucket_versioning')).toHaveLength(2);
    expect(resourcesOf(stack, 'aws_s3_bucket_public_access_block')).toHaveLength(2);
    expect(resourcesOf(stack, 'aws_s3_bucket_logging')).toHaveLength(1);
    expect(resourcesOf(stack, 'aws_kms_key').every((k) => k.enable_key_rotation === true)).toBe(true);
  });

  test('the plan role describes resources without any data-read action', () => {
    for (const action of DATA_READ_ACTIONS) {
      expect(PLAN_READ_ACTIONS.filter((pattern) => actionMatches(pattern, action))).toEqual([]);
    }
    for (const policy of rolePolicies('ci-roles_plan')) {
      for (const statement of statements(policy)) {
        const dataReads = DATA_READ_ACTIONS.filter((action) => list(statement.Action).some((pattern: string) => actionMatches(pattern, action)));
        if (statement.Sid === 'DescribeWithoutReadingData') expect(dataReads).toEqual([]);
        // Only its own state objects may be read, and only the state key decrypts.
        if (dataReads.includes('s3:GetObject')) expect(statement.Resource).toBe(`arn:aws:s3:::${app.settings.environments[1].state!.bucket}/payments/*`);
        if (dataReads.includes('kms:Decrypt')) expect(statement.Resource).toMatch(/^\$\{aws_kms_key\.state_key_[A-Z0-9]+\.arn\}$/);
        for (const action of list(statement.Action)) expect(action).not.toMatch(/^[a-z0-9-]+:\*$/);
      }
    }
    expect(resourcesOf(stack, 'aws_iam_role_policy_attachment').filter((a) => a.role.includes('ci-roles_plan'))).toEqual([]);
  });

  test('the plan role is trusted by pull requests, the default branch and the environment of this repository only', () => {
    const [trust] = statements(role('payments-prod-github-plan'));
    expect(trust.Principal.Federated).toMatch(/^\$\{aws_iam_openid_connect_provider\.github-oidc\.arn\}$/);
    expect(trust.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(trust.Condition).toEqual({
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': ['repo:acme/payments-infra:pull_request', 'repo:acme/payments-infra:ref:refs/heads/main', 'repo:acme/payments-infra:environment:prod'],
      },
    });
  });

  test('the deploy role is trusted by the GitHub environment only and bounded by its permissions boundary', () => {
    const deploy = role('payments-prod-github-deploy');
    expect(statements(deploy)[0].Condition.StringEquals['token.actions.githubusercontent.com:sub']).toEqual(['repo:acme/payments-infra:environment:prod']);
    const [boundaryKey, boundary] = Object.entries<any>(stack.resource.aws_iam_policy).find(([, p]) => p.name === 'payments-prod-github-deploy-boundary')!;
    expect(deploy.permissions_boundary).toBe(`\${aws_iam_policy.${boundaryKey}.arn}`);
    // The apply jobs ask for two-hour sessions, the plan jobs for one.
    expect(deploy.max_session_duration).toBe(7200);
    expect(role('payments-prod-github-plan').max_session_duration).toBe(3600);
    const denies = statements(boundary).filter((s) => s.Effect === 'Deny');
    expect(denies.find((s) => s.Sid === 'NeverChangeTheBootstrapIdentities').Resource).toEqual(
      expect.arrayContaining(['arn:aws:iam::222222222222:role/payments-prod-github-plan', 'arn:aws:iam::222222222222:role/payments-prod-github-deploy']),
    );
    expect(denies.find((s) => s.Sid === 'NeverWeakenTheStateBuckets').Action).toContain('s3:DeleteBucket');
    expect(statements(boundary).find((s) => s.Effect === 'Allow').NotAction).toEqual(expect.arrayContaining(['organizations:*', 'iam:CreateUser', 'iam:CreateAccessKey']));
  });

  test('the deploy role may set the account\'s security alternate contact (FSBP Account.1), and no other account setting', () => {
    const [, boundary] = Object.entries<any>(stack.resource.aws_iam_policy).find(([, p]) => p.name === 'payments-prod-github-deploy-boundary')!;
    const securityOnly = { 'ForAllValues:StringEquals': { 'account:AlternateContactTypes': ['SECURITY'] } };
    const actions = ['account:GetAlternateContact', 'account:PutAlternateContact', 'account:DeleteAlternateContact'];
    expect(statements(boundary).find((s) => s.Sid === 'TheSecurityContactOnly')).toEqual({ Sid: 'TheSecurityContactOnly', Effect: 'Allow', Action: actions, Resource: '*', Condition: securityOnly });
    const deployPolicies = Object.values<any>(stack.resource.aws_iam_role_policy).flatMap((p) => JSON.parse(p.policy).Statement);
    expect(deployPolicies.find((s: any) => s.Sid === 'SecurityAlternateContact')).toMatchObject({ Action: actions, Condition: securityOnly });
    const plan = Object.values<any>(stack.resource.aws_iam_role_policy).find((p) => p.name === 'describe-resources');
    expect(JSON.parse(plan.policy).Statement[0].Action).toContain('account:GetAlternateContact');
  });

  test('the workflows assume exactly the bootstrap roles by default', () => {
    const project = synthProject({ environments: ['dev', 'prod'], accountIds: ['dev=111111111111', 'prod=222222222222'] });
    const deploy = project['.github/workflows/deploy.yml'] as string;
    for (const env of app.settings.environments.filter((e) => e.name === 'prod')) {
      // The apply assumes the deploy role once per stack, from DEPLOY_ROLE_ARN (see the deploy workflow).
      expect(deploy).toContain(`DEPLOY_ROLE_ARN: ${ciRoleArn(app.settings, env, 'deploy')}`);
      expect(deploy).toContain(`role-to-assume: ${ciRoleArn(app.settings, env, 'plan')}`);
    }
  });

  test('has no guardrail findings', () => {
    expect(app.findings).toBe('');
  });
});

describe('bootstrap in a shared account, with an organisation state bucket and an existing OIDC provider', () => {
  const provider = 'arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com';
  const shared = synthOrgApp({ environments: ['dev', 'staging', 'prod'], accountIds: ['dev=111111111111', 'staging=111111111111', 'prod=222222222222'] });
  const external = synthOrgApp({ stateBucket: 'acme-terraform-state', githubOidcProviderArns: [`prod=${provider}`] });

  test('the OIDC provider is created once per account', () => {
    const providers = (name: string) => resourcesOf(shared.stacks[name], 'aws_iam_openid_connect_provider');
    expect(providers('dev-bootstrap')).toHaveLength(1);
    expect(providers('staging-bootstrap')).toEqual([]);
    const stagingPlan = resourcesOf(shared.stacks['staging-bootstrap'], 'aws_iam_role').find((r) => r.name === 'payments-staging-github-plan');
    expect(JSON.parse(stagingPlan.assume_role_policy).Statement[0].Principal.Federated).toBe(
      'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com',
    );
    expect(shared.findings).toBe('');
  });

  test('an existing provider and the organisation\'s state bucket are used, not created', () => {
    const stack = external.stacks['prod-bootstrap'];
    expect(resourcesOf(stack, 'aws_iam_openid_connect_provider')).toEqual([]);
    expect(resourcesOf(stack, 'aws_s3_bucket')).toEqual([]);
    const plan = resourcesOf(stack, 'aws_iam_role').find((r) => r.name === 'payments-prod-github-plan');
    expect(JSON.parse(plan.assume_role_policy).Statement[0].Principal.Federated).toBe(provider);
    expect(stack.terraform.backend.s3.bucket).toBe('acme-terraform-state');
    expect(external.findings).toBe('');
  });
});

describe('the bootstrap stack is left out of deploys and drift detection unless asked for', () => {
  const stack = (name: string, dependencies: string[] = []) => ({ name, workingDirectory: `/x/${name}`, dependencies });
  const stacks = [stack('dev-account'), stack('dev-bootstrap'), stack('dev-us-east-1', ['dev-account'])];

  test('by the Terraform task runner', () => {
    expect(selectStacks(stacks, []).map((s) => s.name)).toEqual(['dev-account', 'dev-us-east-1']);
    expect(selectStacks(stacks, ['dev-*']).map((s) => s.name)).toEqual(['dev-account', 'dev-us-east-1']);
    expect(selectStacks(stacks, ['dev-bootstrap']).map((s) => s.name)).toEqual(['dev-bootstrap']);
    expect(selectStacks(stacks, ['*-bootstrap']).map((s) => s.name)).toEqual(['dev-bootstrap']);
  });

  test('by the workflows\' stack matrix', () => {
    const manifest = { stacks: Object.fromEntries(stacks.map((s) => [s.name, { ...s, workingDirectory: `stacks/${s.name}` }])) };
    expect(stackMatrix(manifestStacks(manifest), ['dev'])).toEqual({ dev: ['dev-account', 'dev-us-east-1'] });
  });
});
