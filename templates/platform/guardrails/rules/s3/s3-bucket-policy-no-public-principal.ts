import type { ResourceRule } from '../../model';
import { readPolicy, unconditionalPublicAllows } from '../../policy-document';

export const rule: ResourceRule = {
  id: 's3-bucket-policy-no-public-principal',
  title: 'Bucket policies do not allow any principal without a condition',
  severity: 'critical',
  rationale:
    'An Allow statement for "*" without a condition makes the bucket public. Name the principals, or restrict them with conditions (aws:SourceArn, aws:PrincipalOrgID...).',
  references: { checkov: ['CKV_AWS_70'], securityHub: ['S3.2', 'S3.3'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket_policy', 'aws_s3_bucket'],
  check(node, { graph }) {
    const document = readPolicy(node, 'policy', graph);
    if (!document || !document.analysable) return undefined;
    return unconditionalPublicAllows(document).map((s) => `a statement allows ${s.actions.join(', ') || 'actions'} to any principal without a condition`);
  },
};
