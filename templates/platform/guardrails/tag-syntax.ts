import { tagKeyProblem, tagValueProblem } from '../kernel/tags';

/** Why a tag violates AWS syntax and length limits, or undefined. Shared by the tag rules. */
export function tagSyntaxProblem(key: string, value: unknown): string | undefined {
  const keyProblem = tagKeyProblem(key);
  if (keyProblem) return `tag key ${JSON.stringify(key)}: ${keyProblem}`;
  if (typeof value !== 'string' || value.includes('${')) return undefined;
  const valueProblem = tagValueProblem(value);
  return valueProblem ? `tag ${key}: value ${JSON.stringify(value)}: ${valueProblem}` : undefined;
}
