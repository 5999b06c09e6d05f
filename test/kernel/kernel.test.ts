import { s3BucketNameProblem } from '../../src/kernel/bucket-names';
import { blocksOverlap, isPrivateBlock, parseCidr, tryParseCidr } from '../../src/kernel/cidr';
import { globToRegExp } from '../../src/kernel/globs';
import { isValidDate, suppressionProblems } from '../../src/kernel/guardrails';
import { inferProfile } from '../../src/kernel/profiles';
import { tagKeyProblem, tagValueProblem } from '../../src/kernel/tags';

describe('the domain kernel', () => {
  test('CIDR blocks: parsing without throwing, private ranges, overlap', () => {
    expect(tryParseCidr('10.64.0.0/10')).toEqual({ address: 10 * 2 ** 24 + 64 * 2 ** 16, prefixLength: 10 });
    expect(tryParseCidr('10.64.0.1/10')).toBeUndefined();
    expect(tryParseCidr('10.0.0.0/33')).toBeUndefined();
    expect(isPrivateBlock(parseCidr('172.16.0.0/12'))).toBe(true);
    expect(isPrivateBlock(parseCidr('172.32.0.0/16'))).toBe(false);
    expect(isPrivateBlock(parseCidr('10.0.0.0/7'))).toBe(false);
    expect(blocksOverlap(parseCidr('10.0.0.0/12'), parseCidr('10.15.255.0/24'))).toBe(true);
    expect(blocksOverlap(parseCidr('10.0.0.0/12'), parseCidr('10.16.0.0/12'))).toBe(false);
  });

  test('profiles are inferred from environment names', () => {
    expect(['prod', 'production', 'eu-prd', 'preprod', 'uat1', 'stg', 'dev', 'sandbox'].map(inferProfile)).toEqual([
      'production', 'production', 'production', 'staging', 'staging', 'staging', 'development', 'development',
    ]);
  });

  test('globs: * is any characters, everything else is literal; flags pass through', () => {
    expect(globToRegExp('dev-*/aws_s3_bucket.*').test('dev-us-east-1/aws_s3_bucket.logs')).toBe(true);
    expect(globToRegExp('dev-us-east-1.x').test('dev-us-east-1ax')).toBe(false);
    expect(globToRegExp('s3:GetBucket*', 'i').test('S3:getbucketpolicy')).toBe(true);
    expect(globToRegExp('s3:GetBucket*').test('S3:getbucketpolicy')).toBe(false);
  });

  test('tags and bucket names follow AWS syntax', () => {
    expect(tagKeyProblem('Cost Center')).toBeUndefined();
    expect(tagKeyProblem(' Team')).toMatch(/space/);
    expect(tagValueProblem('ünïcode@example.com')).toBeUndefined();
    expect(tagValueProblem('a;b')).toMatch(/may contain/);
    expect(s3BucketNameProblem('acme-payments-tfstate')).toBeUndefined();
    expect(s3BucketNameProblem('acme..payments')).toMatch(/adjacent dots/);
    expect(s3BucketNameProblem('x'.repeat(64))).toMatch(/3 to 63/);
  });

  test('suppressions are validated with one wording, naming the option entry and field', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    const problems = suppressionProblems(
      [
        { ruleId: 'kms-key-rotation', resource: 'dev-*', reason: 'accepted for the migration' },
        { ruleId: 'KMS', resource: '', reason: 'short', expires: '2020-01-01' },
      ],
      new Set(['kms-key-rotation']),
      '2026-06-01',
    );
    expect(problems).toEqual([
      'guardrailSuppressions[1].ruleId: "KMS" is not a rule id: rule ids are kebab-case, area first (e.g. "s3-bucket-access-logging")',
      'guardrailSuppressions[1].resource: "" is empty: give the resource address or construct path from the guardrails report',
      'guardrailSuppressions[1].reason: "short" is too short: explain in at least 10 characters why the finding is accepted',
      'guardrailSuppressions[1].expires: "2020-01-01" has passed: fix the finding, or renew the suppression with a new date and reason',
    ]);
  });
});
