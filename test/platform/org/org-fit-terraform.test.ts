import * as fs from 'fs';
import * as path from 'path';
import { synthOrgApp } from './org-app';
import { checkTerraformTools, OFFLINE_PLAN_OVERRIDE_FILE } from '../../e2e/harness';
import { planOffline, PlannedChanges } from '../offline-plan';
import { validateOffline } from '../offline-validate';

/**
 * `terraform validate` and an offline `terraform plan -refresh=false`, each in one batched run per variant
 * (offline-validate.ts, offline-plan.ts), of the stacks that the org-fit variants change: a landing-zone account
 * (external baseline and the organisation's security topic), two environments in one account, VPCs from IPAM pools,
 * a shared DNS account and the bootstrap stacks (creating, or reusing, the OIDC provider and the state bucket). Every
 * stack of every variant is also checked by the guardrails (zero findings).
 */
const tools = checkTerraformTools();
const DNS_ROLE = 'arn:aws:iam::333333333333:role/dns-records';
const VARIANTS = {
  'landing zone, shared account, IPAM, shared DNS': synthOrgApp({
    environments: ['dev', 'staging', 'prod'],
    accountIds: ['dev=111111111111', 'staging=111111111111', 'prod=222222222222'],
    securityBaselines: ['prod=external'],
    securityTopicArns: ['prod=arn:aws:sns:us-east-1:999999999999:org-security'],
    ipamPools: ['staging=us-east-1:ipam-pool-0123456789abcdef0', 'staging=us-west-2:ipam-pool-0fedcba9876543210'],
    dnsRoleArns: [`prod=${DNS_ROLE}`],
    environmentCapabilities: { prod: { webTier: { domainName: 'pay.example.com' }, edge: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' } } },
  }),
  'organisation state bucket and OIDC provider': synthOrgApp({
    stateBucket: 'acme-terraform-state',
    githubOidcProviderArns: ['prod=arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com'],
  }),
};
const STACKS: Record<keyof typeof VARIANTS, string[]> = {
  'landing zone, shared account, IPAM, shared DNS': [
    'dev-bootstrap',
    'staging-bootstrap',
    'staging-account',
    'staging-us-east-1',
    'prod-account',
    'prod-us-east-1',
    'prod-us-west-2',
  ],
  'organisation state bucket and OIDC provider': ['prod-bootstrap'],
};

describe.each(Object.keys(VARIANTS) as Array<keyof typeof VARIANTS>)('%s', (variant) => {
  const app = VARIANTS[variant];
  test('has no guardrail findings in any stack', () => {
    expect(app.findings).toBe('');
  });

  if (!tools.ok && process.env.CI !== 'true') {
    test.skip(`terraform validate and plan (skipped: ${tools.reason})`, () => undefined);
    return;
  }
  test('the stacks validate with hashicorp/aws 5.100.0, without warnings', () => {
    const stacks = Object.fromEntries(STACKS[variant].map((name) => [name, fs.readFileSync(path.join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf-8')]));
    expect(validateOffline(stacks)).toEqual(Object.fromEntries(STACKS[variant].map((name) => [name, []])));
  }, 180_000);

  let planned: Record<string, PlannedChanges>;
  // The DNS account's provider would call STS to assume its role: offline, an empty role ARN (which the AWS provider
  // treats as no role) lets it plan with the dummy credentials.
  const withoutRoles = (dir: string) => {
    const overridePath = path.join(dir, OFFLINE_PLAN_OVERRIDE_FILE);
    const override = JSON.parse(fs.readFileSync(overridePath, 'utf-8'));
    fs.writeFileSync(overridePath, JSON.stringify({ ...override, provider: { aws: override.provider.aws.map((p: object) => ({ ...p, assume_role: [{ role_arn: '' }] })) } }));
  };
  beforeAll(() => {
    planned = planOffline(app.outdir, STACKS[variant], withoutRoles);
  }, 180_000);
  test.each(STACKS[variant])('%s plans offline with hashicorp/aws 5.100.0', (name) => {
    expect(planned[name].add).toBeGreaterThan(0);
    expect(planned[name]).toEqual({ add: planned[name].add, change: 0, destroy: 0 });
  });
});
