// Generated from src/kernel/key-purposes.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/key-purposes.ts there).
/**
 * The customer-managed keys of every regional stack, by purpose; each has the alias
 * `alias/<project>-<environment>-<purpose>`.
 */
export const REGIONAL_KEY_PURPOSES = ['data', 'logs', 'ebs', 'rds', 'dynamodb', 'backup', 'sns', 'secrets'] as const;
export type RegionalKeyPurpose = (typeof REGIONAL_KEY_PURPOSES)[number];
