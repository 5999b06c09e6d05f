import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { resolveSettings } from '../../../src/resolve-settings';
import { loadApp } from '../../../templates/platform/guardrails/app-model';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { guardrailConfigOf } from '../../../templates/platform/guardrails/settings-config';
import { buildPlatform } from '../../../templates/platform/platform';
import { offlineTerraformAvailable, validateOffline } from '../offline-validate';

const terraformAvailable = offlineTerraformAvailable();

/**
 * An enterprise repository as a platform team would configure it for a first real apply: real account ids, alarm
 * subscribers, a domain and its hosted zone in production, and people who may read the data. Its settings are
 * resolved by the project type exactly as `npx projen` renders them.
 */
const settings = resolveSettings({
  name: 'payments',
  defaultReleaseBranch: 'main',
  networkCidr: '10.0.0.0/8',
  preset: 'enterprise',
  environments: ['dev', 'staging', 'prod'],
  accountIds: ['dev=123456789012', 'staging=234567890123', 'prod=345678901234'],
  alarmEmails: ['platform-oncall@example.com'],
  securityContactName: 'Payments security',
  securityContactTitle: 'Security team',
  securityContactEmail: 'security@example.com',
  securityContactPhone: '+1 555 0100',
  environmentCapabilities: {
    prod: {
      webTier: { domainName: 'app.example.com' },
      edge: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' },
      operations: { alarmEndpoints: ['https://events.example.com/integration/enqueue'] },
      encryption: { keyUserArns: ['arn:aws:iam::345678901234:role/payments-prod-analysts'] },
      backup: { vaultLock: true },
    },
  },
});

describe('an enterprise repository with a domain and its hosted zone', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'enterprise-domain-'));
  const app = new App({ outdir });
  buildPlatform(app, settings);
  app.synth();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const stackJson = (name: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));

  test('synthesizes with zero guardrail findings', () => {
    expect(guardrailConfigOf(settings).productionEnvironments).toEqual(['prod']);
    const report = runGuardrails(loadApp(outdir), guardrailConfigOf(settings));
    expect(report.findings.length === 0 ? '' : consoleReport(report)).toBe('');
    // Five stacks per environment and its bootstrap stack.
    expect(report.stats.stacks).toBe(18);
  });

  test('every account stack sets its account\'s security contact (FSBP Account.1), validated below with the provider', () => {
    for (const env of ['dev', 'staging', 'prod']) {
      expect(Object.values(stackJson(`${env}-account`).resource.aws_account_alternate_contact)).toEqual([
        expect.objectContaining({ alternate_contact_type: 'SECURITY', email_address: 'security@example.com', phone_number: '+1 555 0100' }),
      ]);
    }
  });

  test('the domain is served from every region with one owner of the validation records', () => {
    const withRecords = ['prod-us-east-1', 'prod-us-west-2', 'prod-us-east-2'].filter((name) =>
      Object.values(stackJson(name).resource.aws_route53_record ?? {}).some((r: any) => r.for_each !== undefined),
    );
    expect(withRecords).toEqual(['prod-us-east-1']);
    for (const name of ['prod-us-east-1', 'prod-us-west-2', 'prod-us-east-2']) {
      expect(Object.keys(stackJson(name).resource.aws_acm_certificate)).toHaveLength(1);
    }
  });

  (terraformAvailable ? test : test.skip)('every stack of the production environment passes terraform validate offline', () => {
    const stacks = fs.readdirSync(path.join(outdir, 'stacks')).filter((name) => name.startsWith('prod-')).sort();
    expect(stacks).toEqual(['prod-account', 'prod-bootstrap', 'prod-replication', 'prod-us-east-1', 'prod-us-east-2', 'prod-us-west-2']);
    const diagnostics = validateOffline(Object.fromEntries(stacks.map((name) => [name, fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf-8')])));
    expect(diagnostics).toEqual(Object.fromEntries(stacks.map((name) => [name, []])));
  }, 300_000);
});
