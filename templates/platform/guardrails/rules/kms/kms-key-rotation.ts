import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'kms-key-rotation',
  title: 'Symmetric KMS keys rotate their key material',
  severity: 'medium',
  rationale: 'Automatic rotation limits how much data one key version protects and is required by every baseline. Set enable_key_rotation = true (asymmetric and HMAC keys cannot rotate and are exempt).',
  references: { checkov: ['CKV_AWS_7'], securityHub: ['KMS.4'], cis: ['3.6'], cdkNag: ['AwsSolutions-KMS5'] },
  scope: 'resource',
  resourceTypes: ['aws_kms_key'],
  check(key) {
    const spec = key.values.customer_master_key_spec ?? 'SYMMETRIC_DEFAULT';
    if (spec !== 'SYMMETRIC_DEFAULT' || (key.values.key_usage ?? 'ENCRYPT_DECRYPT') !== 'ENCRYPT_DECRYPT') return undefined;
    return isTrue(key.values.enable_key_rotation) ? undefined : 'enable_key_rotation is not true';
  },
};
