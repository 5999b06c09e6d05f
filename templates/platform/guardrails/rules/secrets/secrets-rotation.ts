import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'secrets-rotation',
  title: 'Secrets are rotated automatically',
  severity: 'medium',
  rationale: 'A secret that never rotates stays valid for whoever copied it. Add an aws_secretsmanager_secret_rotation (RDS-managed master passwords rotate without one and are not aws_secretsmanager_secret resources).',
  references: { checkov: ['CKV2_AWS_57'], securityHub: ['SecretsManager.1'], cdkNag: ['AwsSolutions-SMG4'] },
  scope: 'resource',
  resourceTypes: ['aws_secretsmanager_secret'],
  check(secret, { graph }) {
    return graph.related(secret, 'aws_secretsmanager_secret_rotation', 'secret_id').length > 0 ? undefined : 'no aws_secretsmanager_secret_rotation for the secret';
  },
};
