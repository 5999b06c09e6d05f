import { bucketPolicies, statementsOf } from '../../checks';
import type { ResourceRule } from '../../model';
import { block, blocks } from '../../values';

/** Elastic Load Balancing writes access logs only to SSE-S3 buckets, as its service principal or its regional account. */
const ELB_ACCOUNTS = [
  '127311923021', '033677994240', '027434742980', '797873946194', '098369216593', '985666609251', '054676820928',
  '156460612806', '652711504416', '635631232127', '009996457667', '897822967062', '754344448648', '582318560864',
  '600734575887', '383597477331', '114774131450', '783225319266', '718504428378', '076674570225', '507241528517',
];

function receivesLoadBalancerLogs(principals: readonly { type: string; identifiers: readonly string[] }[]): boolean {
  return principals.some(
    (p) =>
      (p.type === 'Service' && p.identifiers.includes('logdelivery.elasticloadbalancing.amazonaws.com')) ||
      (p.type === 'AWS' && p.identifiers.some((id) => ELB_ACCOUNTS.some((account) => id === account || id.endsWith(`:iam::${account}:root`)))),
  );
}

export const rule: ResourceRule = {
  id: 's3-bucket-encryption-kms',
  title: 'Buckets encrypt objects with a customer-managed KMS key',
  severity: 'medium',
  rationale:
    'SSE-KMS with a customer-managed key puts reads under the key policy and in CloudTrail. Configure aws_s3_bucket_server_side_encryption_configuration with sse_algorithm "aws:kms" (or "aws:kms:dsse") and kms_master_key_id. Buckets that receive Elastic Load Balancing access logs or S3 server access logs are exempt from the KMS requirement (both services write only to SSE-S3 buckets) but must still declare default encryption.',
  references: { checkov: ['CKV_AWS_145', 'CKV_AWS_19'], securityHub: ['S3.17'], cdkNag: ['AwsSolutions-S3'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, context) {
    const configurations = context.graph.related(bucket, 'aws_s3_bucket_server_side_encryption_configuration', 'bucket');
    const defaults = [
      ...configurations.flatMap((c) => blocks(c.values.rule)),
      ...blocks(block(bucket.values.server_side_encryption_configuration).rule),
    ].map((r) => block(r.apply_server_side_encryption_by_default));
    if (defaults.length === 0) return 'no server-side encryption configuration applies to the bucket';
    const elbLogs = statementsOf(bucketPolicies(bucket, context)).some((s) => s.effect === 'Allow' && receivesLoadBalancerLogs(s.principals));
    const accessLogTarget = context.graph.related(bucket, 'aws_s3_bucket_logging', 'target_bucket').length > 0;
    if (elbLogs || accessLogTarget) return defaults.some((d) => d.sse_algorithm === 'AES256' || String(d.sse_algorithm).startsWith('aws:kms')) ? undefined : 'no sse_algorithm set';
    if (!defaults.some((d) => String(d.sse_algorithm).startsWith('aws:kms'))) return `sse_algorithm is ${JSON.stringify(defaults[0].sse_algorithm)}, not "aws:kms"`;
    if (!defaults.some((d) => d.kms_master_key_id)) return 'SSE-KMS without kms_master_key_id uses the AWS-managed aws/s3 key: name a customer-managed key';
    return undefined;
  },
};
