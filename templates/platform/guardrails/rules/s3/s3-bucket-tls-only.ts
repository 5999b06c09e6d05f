import { bucketPolicies } from '../../checks';
import type { ResourceRule } from '../../model';
import { deniesInsecureTransport } from '../../policy-document';

export const rule: ResourceRule = {
  id: 's3-bucket-tls-only',
  title: 'Bucket policies refuse requests without TLS',
  severity: 'high',
  rationale:
    'S3 accepts plain HTTP unless the bucket policy denies it. Add a statement that denies s3:* to "*" when aws:SecureTransport is false (checkov has no Terraform check for this; it is CIS 2.1.1 and Security Hub S3.5).',
  references: { securityHub: ['S3.5'], cis: ['2.1.1'], cdkNag: ['AwsSolutions-S10'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, context) {
    const documents = bucketPolicies(bucket, context);
    if (documents.length === 0) return 'the bucket has no policy: add one that denies requests where aws:SecureTransport is false';
    if (documents.some((d) => !d.analysable)) return undefined;
    const denies = documents.some((d) => d.analysable && d.statements.some((s) => deniesInsecureTransport(s, 's3:GetObject') && deniesInsecureTransport(s, 's3:PutObject')));
    return denies ? undefined : 'the bucket policy does not deny s3:* when aws:SecureTransport is false';
  },
};
