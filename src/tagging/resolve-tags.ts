import { TaggingOptions } from './tagging-options';
import { REQUIRED_TAG_KEYS, tagKeyProblem, tagValueProblem } from '../kernel/tags';

/** The tags every resource carries, in this order, before any organisation extra. */
export const BUILT_IN_TAG_KEYS: readonly string[] = REQUIRED_TAG_KEYS;
/** AWS allows 50 user tags per resource; leave room for the tags resources set themselves (Name, ...). */
export const MAX_EXTRA_TAGS = 20;

export { tagKeyProblem, tagValueProblem };

/** Problems with `extraTags`, in the wording of `resolveSettings`. */
export function extraTagProblems(options: TaggingOptions): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const entries = options.extraTags ?? [];
  if (entries.length > MAX_EXTRA_TAGS) {
    problems.push(`extraTags: ${entries.length} tags are too many: at most ${MAX_EXTRA_TAGS} (AWS allows 50 tags per resource, the platform and resources need the rest)`);
  }
  for (const entry of entries) {
    const separator = entry.indexOf('=');
    if (separator <= 0) {
      problems.push(`extraTags: ${JSON.stringify(entry)} is not of the form "Key=Value"`);
      continue;
    }
    const key = entry.slice(0, separator);
    const value = entry.slice(separator + 1);
    const keyProblem = tagKeyProblem(key);
    if (keyProblem) problems.push(`extraTags: ${JSON.stringify(entry)} has an invalid key: ${keyProblem}`);
    const valueProblem = tagValueProblem(value);
    if (valueProblem) problems.push(`extraTags: ${JSON.stringify(entry)} has an invalid value: ${valueProblem}`);
    if (BUILT_IN_TAG_KEYS.some((k) => k.toLowerCase() === key.toLowerCase())) {
      problems.push(`extraTags: ${JSON.stringify(entry)} redefines the built-in tag ${key}: set it with its own option (owner, costCenter, dataClassification...)`);
    }
    if (seen.has(key.toLowerCase())) problems.push(`extraTags: ${JSON.stringify(entry)} gives the tag ${key} a second value`);
    seen.add(key.toLowerCase());
  }
  return problems;
}

/** The extra tags as a map, in the order given (call after `extraTagProblems` found nothing). */
export function extraTags(options: TaggingOptions): Record<string, string> {
  return Object.fromEntries(
    (options.extraTags ?? []).map((entry) => {
      const separator = entry.indexOf('=');
      return [entry.slice(0, separator), entry.slice(separator + 1)];
    }),
  );
}
