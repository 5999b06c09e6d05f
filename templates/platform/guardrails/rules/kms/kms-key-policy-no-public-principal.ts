import type { ResourceRule } from '../../model';
import { readPolicy, unconditionalPublicAllows } from '../../policy-document';

export const rule: ResourceRule = {
  id: 'kms-key-policy-no-public-principal',
  title: 'KMS key policies do not allow any principal without a condition',
  severity: 'critical',
  rationale:
    'A key policy statement that allows "*" with no condition lets any AWS account use or manage the key. Name the principals, or restrict "*" with conditions such as kms:CallerAccount or kms:ViaService.',
  references: { checkov: ['CKV_AWS_33'], cdkNag: ['AwsSolutions-KMS5'] },
  scope: 'resource',
  resourceTypes: ['aws_kms_key', 'aws_kms_key_policy'],
  check(node, { graph }) {
    const document = readPolicy(node, 'policy', graph);
    if (!document || !document.analysable) return undefined;
    return unconditionalPublicAllows(document).map((s) => `a statement allows ${s.actions.join(', ') || 'actions'} to any principal without a condition`);
  },
};
