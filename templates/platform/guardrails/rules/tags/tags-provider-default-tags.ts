import type { StackRule } from '../../model';
import { block } from '../../values';

export const rule: StackRule = {
  id: 'tags-provider-default-tags',
  title: 'Every AWS provider stamps the required tags',
  severity: 'high',
  rationale:
    'Tags come from provider default_tags, so every provider (aliases for other regions included) must carry every required tag with a value. Untagged resources have no owner, cost centre or data classification.',
  references: {},
  scope: 'stack',
  resourceTypes: ['provider.aws'],
  check(stack, { requiredTagKeys }) {
    const providers = stack.json.provider?.aws;
    const list: any[] = Array.isArray(providers) ? providers : providers ? [providers] : [];
    const problems: string[] = [];
    for (const provider of list) {
      const name = provider.alias ? `provider aws.${provider.alias}` : 'provider aws';
      const tags = block(provider.default_tags).tags ?? {};
      const missing = requiredTagKeys.filter((key) => typeof tags[key] !== 'string' || tags[key].trim() === '');
      if (missing.length > 0) problems.push(`${name}: default_tags lack ${missing.join(', ')}`);
    }
    return problems;
  },
};
