import { SecureAwsStackProjectOptions } from '../../src';
import { cronScheduleProblem } from '../../src/resolve/ci/resolve-ci';
import { newProject, rejectionOf as rejection } from '../synth-helper';

const SHA = 'b9cd54a3c349d3f38e8881555d616ced269862dd';

describe('CI/CD option validation', () => {
  test.each<[string, Partial<SecureAwsStackProjectOptions>, RegExp]>([
    ['unknown workflow', { ciWorkflows: ['build', 'release'] }, /ciWorkflows: "release" is not a workflow: use any of build, plan, deploy, drift, template-upgrade/],
    ['workflows without GitHub', { github: false, ciWorkflows: ['build'] }, /ciWorkflows: \["build"\] needs GitHub: remove "github: false" or set ciWorkflows to \[\]/],
    ['projen build workflow next to ours', { buildWorkflow: true }, /buildWorkflow: true conflicts with the "build" workflow of ciWorkflows/],
    ['role ARN not of the form env=arn', { planRoleArns: ['arn:aws:iam::111111111111:role/x'] }, /planRoleArns: "arn:aws:iam::111111111111:role\/x" is not of the form "<environment>=<role ARN>"/],
    ['role ARN of an unknown environment', { deployRoleArns: ['qa=arn:aws:iam::111111111111:role/x'] }, /deployRoleArns: "qa=arn:aws:iam::111111111111:role\/x" names an unknown environment: use one of dev, staging, production/],
    ['malformed role ARN', { planRoleArns: ['dev=arn:aws:iam::1111:user/x'] }, /planRoleArns: "dev=arn:aws:iam::1111:user\/x" has a malformed role ARN: use "arn:aws:iam::<12-digit account id>:role\/<name>"/],
    ['role in another account', { deployRoleArns: ['dev=arn:aws:iam::999999999999:role/deploy'] }, /deployRoleArns: "dev=arn:aws:iam::999999999999:role\/deploy" names a role in account 999999999999, but dev deploys to account 111111111111 \(accountIds\)/],
    ['two roles for one environment', { planRoleArns: ['dev=arn:aws:iam::111111111111:role/a', 'dev=arn:aws:iam::111111111111:role/b'] }, /planRoleArns: "dev=arn:aws:iam::111111111111:role\/b" gives dev a second role/],
    ['Terraform version range', { terraformVersion: '~> 1.11' }, /terraformVersion: "~> 1.11" is not an exact Terraform version: use "<major>.<minor>.<patch>"/],
    ['Terraform without use_lockfile', { terraformVersion: '1.9.8' }, /terraformVersion: "1.9.8" is too old: the S3 backend locks with use_lockfile, which needs Terraform 1.10.0 or later/],
    ['cron with six fields', { driftSchedule: '0 0 5 * * *' }, /driftSchedule: "0 0 5 \* \* \*" is not a cron expression of five fields/],
    ['cron hour out of range', { templateUpgradeSchedule: '0 24 * * 1' }, /templateUpgradeSchedule: "0 24 \* \* 1" has an invalid hour field "24": use numbers from 0 to 23/],
    ['cron every minute', { driftSchedule: '* * * * *' }, /driftSchedule: "\* \* \* \* \*" runs more often than every 5 minutes, which GitHub does not allow/],
    ['unknown action', { ciActionRefs: { 'actions/cache': SHA } }, /ciActionRefs: "actions\/cache" is not an action the workflows use: use any of actions\/checkout, /],
    ['malformed ref', { ciActionRefs: { 'actions/checkout': 'v4 ; rm -rf /' } }, /ciActionRefs: "actions\/checkout=v4 ; rm -rf \/" is not a commit SHA \(40 lowercase hex characters\) or a tag/],
    ['tag under SHA pinning', { ciRequireShaPinning: true, ciActionRefs: { 'hashicorp/setup-terraform': 'v3' } }, /ciActionRefs: "hashicorp\/setup-terraform=v3" is not a full commit SHA \(40 lowercase hex characters\), which ciRequireShaPinning requires/],
    ['SHA pinning with tag defaults left', { ciRequireShaPinning: true }, /ciRequireShaPinning: true needs a commit SHA in ciActionRefs for actions\/setup-node, aws-actions\/configure-aws-credentials, peter-evans\/create-pull-request, hashicorp\/setup-terraform, github\/codeql-action\/upload-sarif/],
    ['retention out of range', { planRetentionDays: 120 }, /planRetentionDays: 120 is not allowed: use a whole number of days from 1 to 90/],
  ])('%s', (_, options, expected) => {
    expect(rejection(options)).toMatch(expected);
  });

  test('lists every problem at once, with the other options problems, before writing anything', () => {
    const message = rejection({ primaryRegion: 'us-east-9', terraformVersion: '1.2', driftSchedule: 'daily', ciWorkflows: ['nightly'] });
    expect(message).toMatch(/^secure-aws-stack: invalid options/);
    for (const option of ['primaryRegion', 'terraformVersion', 'driftSchedule', 'ciWorkflows']) {
      expect(message).toContain(`  - ${option}: `);
    }
  });

  test('accepts github: false when no workflow is asked for', () => {
    expect(() => newProject({ github: false })).not.toThrow();
  });
});

describe('cron schedules', () => {
  test.each(['17 5 * * *', '*/5 * * * *', '0 */6 * * 1-5', '0,30 8-18 1,15 1-12/3 0', '59 23 31 12 6'])('accepts %s', (cron) => {
    expect(cronScheduleProblem(cron)).toBeUndefined();
  });
  test.each(['', '0 0 * *', '60 * * * *', '0 0 0 * *', '0 0 * 13 *', '0 0 * * 7', '5-1 * * * *', '*/0 * * * *', '*/2 * * * *', '@daily', 'MON * * * *'])(
    'rejects %j',
    (cron) => {
      expect(cronScheduleProblem(cron)).toEqual(expect.any(String));
    },
  );
});
