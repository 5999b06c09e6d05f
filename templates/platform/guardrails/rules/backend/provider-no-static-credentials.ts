import type { StackRule } from '../../model';

const CREDENTIALS = ['access_key', 'secret_key', 'token'];

export const rule: StackRule = {
  id: 'provider-no-static-credentials',
  title: 'No credentials are written into providers or the backend',
  severity: 'critical',
  rationale: 'Keys in the synthesized configuration are committed, logged and cached. Credentials come from the environment (OIDC in CI, SSO locally).',
  references: { checkov: ['CKV_AWS_41'] },
  scope: 'stack',
  resourceTypes: ['provider.aws', 'terraform.backend.s3'],
  check(stack) {
    const providers = stack.json.provider?.aws;
    const list: any[] = Array.isArray(providers) ? providers : providers ? [providers] : [];
    const problems: string[] = [];
    for (const provider of list) {
      const found = CREDENTIALS.filter((c) => provider[c]);
      if (found.length > 0) problems.push(`${provider.alias ? `provider aws.${provider.alias}` : 'provider aws'} sets ${found.join(', ')}`);
    }
    const backend = stack.json.terraform?.backend?.s3 ?? {};
    const inBackend = CREDENTIALS.filter((c) => backend[c]);
    if (inBackend.length > 0) problems.push(`terraform.backend.s3 sets ${inBackend.join(', ')}`);
    return problems;
  },
};
