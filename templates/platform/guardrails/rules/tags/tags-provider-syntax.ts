import type { StackRule } from '../../model';
import { tagSyntaxProblem } from '../../tag-syntax';
import { block } from '../../values';

export const rule: StackRule = {
  id: 'tags-provider-syntax',
  title: 'Provider default tags satisfy AWS tag syntax and the allowed values',
  severity: 'high',
  rationale: 'A default tag that breaks AWS tag syntax fails every apply; a disallowed Environment or DataClassification value mislabels every resource of the stack.',
  references: {},
  scope: 'stack',
  resourceTypes: ['provider.aws'],
  check(stack, { allowedTagValues }) {
    const providers = stack.json.provider?.aws;
    const list: any[] = Array.isArray(providers) ? providers : providers ? [providers] : [];
    const problems: string[] = [];
    for (const provider of list) {
      for (const [key, value] of Object.entries((block(provider.default_tags).tags ?? {}) as Record<string, unknown>)) {
        const syntax = tagSyntaxProblem(key, value);
        if (syntax) problems.push(syntax);
        const allowed = allowedTagValues[key];
        if (allowed && typeof value === 'string' && !allowed.includes(value)) problems.push(`default tag ${key}=${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
      }
    }
    return problems;
  },
};
