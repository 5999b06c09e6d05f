import { IDENTITY_POLICY_TYPES, identityPolicies, statementsOf } from '../../checks';
import type { ResourceRule } from '../../model';
import { allowsOnAllResources } from '../../policy-document';

const DECRYPT_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'];

export const rule: ResourceRule = {
  id: 'iam-no-kms-decrypt-on-all-keys',
  title: 'Identity policies do not allow decryption with every KMS key',
  severity: 'high',
  rationale: 'kms:Decrypt on Resource "*" lets the principal read anything any key of the account protects. Name the key ARNs (or use kms:ViaService conditions).',
  references: { securityHub: ['KMS.1', 'KMS.2'] },
  scope: 'resource',
  resourceTypes: IDENTITY_POLICY_TYPES,
  check(node, context) {
    return statementsOf(identityPolicies(node, context))
      .filter((s) => s.conditions.length === 0 && DECRYPT_ACTIONS.some((a) => allowsOnAllResources(s, a)))
      .map(() => 'a statement allows kms:Decrypt or kms:ReEncryptFrom on Resource "*" without a condition');
  },
};
