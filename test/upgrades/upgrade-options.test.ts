import { rejectionOf, synthProject } from '../synth-helper';

describe('upgrade safety options', () => {
  test('render the prevent_destroy exemptions into the settings', () => {
    const files = synthProject({ preventDestroyExemptions: ['production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC'] });
    expect(files['src/platform/settings.ts']).toContain('"preventDestroyExemptions": [\n      "production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC"\n    ]');
  });

  test.each([
    [
      'an address without a stack',
      { preventDestroyExemptions: ['aws_s3_bucket.buckets_data_bucket_A6C710CC'] },
      'preventDestroyExemptions[0]: "aws_s3_bucket.buckets_data_bucket_A6C710CC" is not "<stack>/<resource type>.<name>"',
    ],
    [
      'a stack that the platform does not build',
      { allowedStatefulChanges: ['qa-us-east-1/aws_kms_key.keys_data_key_02E67481'] },
      'allowedStatefulChanges[0]: "qa-us-east-1/aws_kms_key.keys_data_key_02E67481" names no stack of the platform: "qa-us-east-1" is not one of dev-account, dev-us-east-1',
    ],
    [
      'an exemption in an environment that is not production',
      { preventDestroyExemptions: ['dev-us-east-1/aws_kms_key.keys_data_key_02E67481'] },
      'names a stack of environment dev, whose profile is development: only production environments carry prevent_destroy',
    ],
    ['a value that is not a list', { allowedStatefulChanges: 'dev-account/aws_kms_key.x' as unknown as string[] }, 'allowedStatefulChanges: "dev-account/aws_kms_key.x" is not a list'],
  ])('reject %s, naming the option and the fix', (_name, options, expected) => {
    expect(rejectionOf(options)).toContain(expected);
  });

  test('accept patterns with wildcards in the stack part', () => {
    expect(() => synthProject({ preventDestroyExemptions: ['production-*/aws_cloudwatch_log_group.*'], allowedStatefulChanges: ['*/aws_route53_record.*'] })).not.toThrow();
  });
});

describe('the impact task', () => {
  test('runs the managed impact runner on the synthesized app, passing stack selectors through', () => {
    const task = synthProject()['.projen/tasks.json'].tasks.impact;
    expect(task.env).toEqual({ CDKTF_OUTDIR: 'cdktf.out' });
    expect(task.steps).toEqual([{ exec: 'ts-node --swc src/platform/tooling/impact.ts', receiveArgs: true }]);
  });

  test('carries the allowed stateful changes of .projenrc.ts', () => {
    const allowed = ['production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC', 'dev-*/aws_kms_key.*'];
    const task = synthProject({ allowedStatefulChanges: allowed })['.projen/tasks.json'].tasks.impact;
    expect(task.env.IMPACT_ALLOWED_CHANGES).toBe(allowed.join(' '));
  });

  test('ships its runner, apart from the Terraform runner, with the platform library', () => {
    const files = synthProject();
    expect(files['src/platform/tooling/impact.ts']).toContain('export function runImpact');
    expect(files['src/platform/tooling/plan-impact.ts']).toContain('export function stackImpact');
    expect(files['src/platform/tooling/terraform-stacks.ts']).not.toContain('impact');
  });
});
