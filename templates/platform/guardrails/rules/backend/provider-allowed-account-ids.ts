import type { StackRule } from '../../model';

export const rule: StackRule = {
  id: 'provider-allowed-account-ids',
  title: 'Every AWS provider is pinned to its account',
  severity: 'high',
  rationale: 'allowed_account_ids makes Terraform refuse to act with credentials of another account, so that a production plan never runs against development (or the reverse).',
  references: {},
  scope: 'stack',
  resourceTypes: ['provider.aws'],
  check(stack) {
    const providers = stack.json.provider?.aws;
    const list: any[] = Array.isArray(providers) ? providers : providers ? [providers] : [];
    return list
      .filter((p) => !Array.isArray(p.allowed_account_ids) || p.allowed_account_ids.length === 0)
      .map((p) => `${p.alias ? `provider aws.${p.alias}` : 'provider aws'} has no allowed_account_ids`);
  },
};
