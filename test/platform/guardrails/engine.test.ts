/* eslint-disable no-template-curly-in-string */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { appOf, baseStack, DENY_INSECURE_S3, policyJson } from './fixtures';
import { appFromDocuments } from '../../../templates/platform/guardrails/app-model';
import { run as runCli, parseArgs } from '../../../templates/platform/guardrails/cli';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { markdownReport } from '../../../templates/platform/guardrails/reporters/markdown';
import { sarifReport } from '../../../templates/platform/guardrails/reporters/sarif';
import { ALL_RULES } from '../../../templates/platform/guardrails/rules';

const rule = (id: string) => ALL_RULES.find((r) => r.id === id)!;
const bucketWith = (extra: Record<string, Record<string, unknown>>) => appOf({ resources: { 'aws_s3_bucket.data': { bucket: 'acme-data' }, ...extra } });

describe('reference following', () => {
  test('a bucket policy found by reference, given as an aws_iam_policy_document data source', () => {
    const app = bucketWith({
      'aws_s3_bucket_policy.p': { bucket: '${aws_s3_bucket.data.bucket}', policy: '${data.aws_iam_policy_document.tls.json}' },
      'data.aws_iam_policy_document.tls': {
        statement: [
          {
            effect: 'Deny',
            actions: ['s3:*'],
            resources: ['${aws_s3_bucket.data.arn}/*'],
            principals: [{ type: '*', identifiers: ['*'] }],
            condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
          },
        ],
      },
    });
    expect(runGuardrails(app, { rules: [rule('s3-bucket-tls-only')] }).findings).toEqual([]);
  });

  test('a source_policy_documents chain is merged', () => {
    const app = bucketWith({
      'aws_s3_bucket_policy.p': { bucket: '${aws_s3_bucket.data.id}', policy: '${data.aws_iam_policy_document.all.json}' },
      'data.aws_iam_policy_document.all': { source_policy_documents: ['${data.aws_iam_policy_document.tls.json}'], statement: [{ actions: ['s3:GetObject'], resources: ['*'] }] },
      'data.aws_iam_policy_document.tls': { statement: [{ effect: 'Deny', actions: ['*'], principals: [{ type: 'AWS', identifiers: ['*'] }], condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }] }] },
    });
    expect(runGuardrails(app, { rules: [rule('s3-bucket-tls-only')] }).findings).toEqual([]);
  });

  test('configuration that names the bucket literally counts, configuration of another bucket does not', () => {
    const versioning = (bucket: string) => ({ 'aws_s3_bucket_versioning.v': { bucket, versioning_configuration: { status: 'Enabled' } } });
    expect(runGuardrails(bucketWith(versioning('acme-data')), { rules: [rule('s3-bucket-versioning')] }).findings).toEqual([]);
    expect(runGuardrails(bucketWith(versioning('acme-other')), { rules: [rule('s3-bucket-versioning')] }).findings).toHaveLength(1);
  });

  test('a reference to a resource whose logical id has the first one as prefix is not confused with it', () => {
    const app = appOf({
      resources: {
        'aws_s3_bucket.data': { bucket: 'acme-data' },
        'aws_s3_bucket.data2': { bucket: 'acme-data2' },
        'aws_s3_bucket_versioning.v': { bucket: '${aws_s3_bucket.data2.id}', versioning_configuration: { status: 'Enabled' } },
      },
    });
    const findings = runGuardrails(app, { rules: [rule('s3-bucket-versioning')] }).findings;
    expect(findings.map((f) => f.address)).toEqual(['prod-us-east-1/aws_s3_bucket.data']);
  });

  test('a policy built by an expression the engine cannot evaluate is not guessed at', () => {
    const app = bucketWith({ 'aws_s3_bucket_policy.p': { bucket: '${aws_s3_bucket.data.id}', policy: '${jsonencode({Statement = []})}' } });
    expect(runGuardrails(app, { rules: [rule('s3-bucket-tls-only'), rule('s3-bucket-policy-no-public-principal')] }).findings).toEqual([]);
  });

  test('a CloudTrail trail is followed to its bucket in another stack by literal name', () => {
    const trailStack = { ...baseStack('prod-account'), resource: { aws_cloudtrail: { t: { name: 't', s3_bucket_name: 'acme-trail' } } } };
    const bucketStack = { ...baseStack('prod-us-east-1'), resource: { aws_s3_bucket: { b: { bucket: 'acme-trail' } } } };
    const findings = runGuardrails(appFromDocuments({ 'prod-account': trailStack, 'prod-us-east-1': bucketStack }), { rules: [rule('cloudtrail-bucket-access-logging')] }).findings;
    expect(findings.map((f) => f.message)).toEqual(['the trail\'s bucket prod-us-east-1/aws_s3_bucket.b has no aws_s3_bucket_logging']);
  });

  test('an ALB access-log bucket may use SSE-S3 (Elastic Load Balancing cannot write to SSE-KMS buckets)', () => {
    const app = bucketWith({
      'aws_s3_bucket_server_side_encryption_configuration.e': { bucket: '${aws_s3_bucket.data.id}', rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }] },
      'aws_s3_bucket_policy.p': {
        bucket: '${aws_s3_bucket.data.id}',
        policy: policyJson({ Effect: 'Allow', Principal: { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::acme-data/*' }, DENY_INSECURE_S3),
      },
    });
    expect(runGuardrails(app, { rules: [rule('s3-bucket-encryption-kms')] }).findings).toEqual([]);
  });
});

test('a server access log target bucket may use SSE-S3 (S3 log delivery cannot write to SSE-KMS buckets)', () => {
  const app = appOf({
    resources: {
      'aws_s3_bucket.data': { bucket: 'acme-data' },
      'aws_s3_bucket.logs': { bucket: 'acme-logs' },
      'aws_s3_bucket_logging.l': { bucket: '${aws_s3_bucket.data.id}', target_bucket: '${aws_s3_bucket.logs.id}' },
      'aws_s3_bucket_server_side_encryption_configuration.e': { bucket: '${aws_s3_bucket.logs.id}', rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }] },
    },
  });
  const findings = runGuardrails(app, { rules: [rule('s3-bucket-encryption-kms')] }).findings;
  expect(findings.map((f) => f.address)).toEqual(['prod-us-east-1/aws_s3_bucket.data']);
});

test('backup copies to another region are required only of environments deployed to several regions', () => {
  const plan = { 'aws_backup_plan.p': { name: 'p', rule: [{ rule_name: 'daily', target_vault_name: 'v' }] } };
  expect(runGuardrails(appOf({ resources: plan }), { rules: [rule('backup-plan-cross-region-copy')] }).findings).toEqual([]);
});

describe('suppressions', () => {
  const failing = () => appOf({ resources: { 'aws_kms_key.k': {} } });
  const today = new Date('2026-06-01T12:00:00Z');
  const base = { ruleId: 'kms-key-rotation', resource: 'prod-us-east-1/aws_kms_key.k', reason: 'Imported key, rotated by the HSM team' };

  test('a matching suppression (address, construct path or glob) moves the finding to suppressed', () => {
    for (const resource of ['prod-us-east-1/aws_kms_key.k', 'prod-us-east-1/k', '*/k']) {
      const report = runGuardrails(failing(), { suppressions: [{ ...base, resource }], today });
      expect(report).toMatchObject({ failed: false, findings: [], errors: [] });
      expect(report.suppressed.map((s) => s.finding.ruleId)).toEqual(['kms-key-rotation']);
    }
  });

  test('a suppression that has not expired yet holds through its last day', () => {
    expect(runGuardrails(failing(), { suppressions: [{ ...base, expires: '2026-06-01' }], today }).failed).toBe(false);
  });

  test.each([
    ['expired', { ...base, expires: '2026-05-31' }, /guardrailSuppressions\[0\]\.expires: "2026-05-31" has passed/],
    ['malformed date', { ...base, expires: '2026-02-30' }, /guardrailSuppressions\[0\]\.expires: "2026-02-30" is not a date: use YYYY-MM-DD/],
    ['unknown rule', { ...base, ruleId: 'kms-key-rotaton' }, /guardrailSuppressions\[0\]\.ruleId: "kms-key-rotaton" is not a guardrail rule/],
    ['short reason', { ...base, reason: 'legacy' }, /guardrailSuppressions\[0\]\.reason: "legacy" is too short: explain in at least 10 characters/],
    ['matching nothing', { ...base, resource: 'prod-us-east-1/aws_kms_key.other' }, /matches no finding/],
  ])('%s is an error that fails the run', (_, suppression, message) => {
    const report = runGuardrails(failing(), { suppressions: [suppression], today });
    expect(report.failed).toBe(true);
    expect(report.errors.join('\n')).toMatch(message);
  });
});

describe('severity threshold', () => {
  const app = appOf({ resources: { 'aws_s3_bucket.data': { bucket: 'acme-data' } } });
  const lifecycle = [rule('s3-bucket-lifecycle')];

  test('findings below the threshold are reported but do not fail', () => {
    const report = runGuardrails(app, { rules: lifecycle, failOn: 'medium' });
    expect(report.findings.map((f) => f.severity)).toEqual(['low']);
    expect(report.failed).toBe(false);
    expect(consoleReport(report)).toMatch(/LOW \(1, reported only\)[\s\S]*PASSED/);
  });

  test('findings at the threshold fail', () => {
    const report = runGuardrails(app, { rules: lifecycle, failOn: 'low' });
    expect(report.failed).toBe(true);
    expect(consoleReport(report)).toMatch(/LOW \(1, fails the build\)[\s\S]*FAILED/);
  });

  test('findings are ordered by severity', () => {
    const report = runGuardrails(app, { rules: [rule('s3-bucket-lifecycle'), rule('s3-bucket-public-access-block'), rule('s3-bucket-versioning')] });
    expect(report.findings.map((f) => f.severity)).toEqual(['high', 'medium', 'low']);
  });
});

describe('reports', () => {
  const app = appOf({ resources: { 'aws_kms_key.k': {}, 'aws_kms_key.legacy': {} } });
  const report = runGuardrails(app, {
    rules: [rule('kms-key-rotation')],
    suppressions: [{ ruleId: 'kms-key-rotation', resource: '*/legacy', reason: 'Rotated by the HSM team', expires: '2999-01-01' }],
  });

  test('SARIF 2.1.0: rules with security severity, results with locations, suppressed results marked', () => {
    const sarif = JSON.parse(sarifReport(report, { outdir: 'cdktf.out', lineOf: () => 42 }));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'kms-key-rotation',
      shortDescription: { text: expect.any(String) },
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '5.5' },
    });
    expect(run.tool.driver.rules[0].help.text).toMatch(/checkov CKV_AWS_7.*Security Hub KMS\.4.*CIS AWS Foundations 3\.6/);
    expect(run.results).toHaveLength(2);
    const [open, suppressed] = run.results;
    expect(open).toMatchObject({
      ruleId: 'kms-key-rotation',
      ruleIndex: 0,
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'cdktf.out/stacks/prod-us-east-1/cdk.tf.json' }, region: { startLine: 42 } } }],
    });
    expect(open.suppressions).toBeUndefined();
    expect(suppressed.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Rotated by the HSM team' }]);
  });

  test('Markdown summary for pull requests', () => {
    const markdown = markdownReport(report);
    expect(markdown).toMatch(/^## ❌ Guardrails/);
    expect(markdown).toContain('| medium | 1 |');
    expect(markdown).toContain('| medium | `kms-key-rotation` | `prod-us-east-1/k` | enable_key_rotation is not true |');
    expect(markdown).toContain('Suppressed findings (1)');
  });
});

describe('CLI', () => {
  test('reads cdktf.out/stacks/*/cdk.tf.json, writes the three reports and exits 1 on findings', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-cli-'));
    try {
      fs.mkdirSync(path.join(outdir, 'stacks', 'prod-us-east-1'), { recursive: true });
      const stack = { ...baseStack(), resource: { aws_kms_key: { k: { description: 'key' } } } };
      fs.writeFileSync(path.join(outdir, 'stacks', 'prod-us-east-1', 'cdk.tf.json'), JSON.stringify(stack, undefined, 2));
      const output: string[] = [];
      const failing = runCli(parseArgs(['--outdir', outdir]), (t) => output.push(t));
      expect(failing.exitCode).toBe(1);
      expect(output.join('\n')).toMatch(/kms-key-rotation/);
      for (const ext of ['json', 'sarif', 'md']) expect(fs.existsSync(path.join(outdir, `guardrails.${ext}`))).toBe(true);
      const sarif = JSON.parse(fs.readFileSync(path.join(outdir, 'guardrails.sarif'), 'utf-8'));
      const line = sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine;
      expect(fs.readFileSync(path.join(outdir, 'stacks', 'prod-us-east-1', 'cdk.tf.json'), 'utf-8').split('\n')[line - 1]).toMatch(/"k": \{/);

      expect(runCli(parseArgs(['--outdir', outdir, '--fail-on=high']), () => undefined).exitCode).toBe(0);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('rejects an unknown severity', () => {
    expect(() => parseArgs(['--fail-on', 'severe'])).toThrow(/use one of critical, high, medium, low/);
  });
});
