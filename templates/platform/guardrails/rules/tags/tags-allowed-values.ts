import type { ResourceRule } from '../../model';
import { tagSyntaxProblem } from '../../tag-syntax';

export const rule: ResourceRule = {
  id: 'tags-allowed-values',
  title: 'Resource tags use allowed values and valid AWS tag syntax',
  severity: 'medium',
  rationale:
    'A resource may add tags but not override a required tag with an empty or disallowed value (Environment, DataClassification), and every tag must satisfy AWS syntax and length limits or the apply fails.',
  references: {},
  scope: 'resource',
  resourceTypes: ['*'],
  check(resource, { allowedTagValues, requiredTagKeys }) {
    const tags = resource.values.tags;
    if (!tags || typeof tags !== 'object' || Array.isArray(tags)) return undefined;
    const problems: string[] = [];
    for (const [key, value] of Object.entries(tags as Record<string, unknown>)) {
      const syntax = tagSyntaxProblem(key, value);
      if (syntax) problems.push(syntax);
      if (typeof value !== 'string' || value.includes('${')) continue;
      const allowed = allowedTagValues[key];
      if (allowed && !allowed.includes(value)) problems.push(`tag ${key}=${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
      if (requiredTagKeys.includes(key) && value.trim() === '') problems.push(`required tag ${key} is overridden with an empty value`);
    }
    return problems;
  },
};
