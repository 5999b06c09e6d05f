/** AWS tag syntax: https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html */

/** The tags every resource carries, in this order, before any organisation extra. */
export const REQUIRED_TAG_KEYS = ['Environment', 'Owner', 'CostCenter', 'Project', 'ManagedBy', 'DataClassification'] as const;

/** The `ManagedBy` tag of every resource the platform deploys. */
export const MANAGED_BY = 'terraform';

/** Letters (any language), digits, spaces and + - = . _ : / @. */
export const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
export const MAX_TAG_KEY_LENGTH = 128;
export const MAX_TAG_VALUE_LENGTH = 256;
export const TAG_CHARACTERS_TEXT = 'letters, digits, spaces and + - = . _ : / @';

/** Why a tag key breaks AWS tag syntax and length limits, or undefined. */
export function tagKeyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > MAX_TAG_KEY_LENGTH) return `a tag key has 1 to ${MAX_TAG_KEY_LENGTH} characters`;
  if (/^aws:/i.test(key)) return 'tag keys starting with "aws:" are reserved by AWS';
  if (!TAG_CHARACTERS.test(key)) return `a tag key may contain ${TAG_CHARACTERS_TEXT}`;
  if (key.trim() !== key) return 'a tag key may not start or end with a space';
  return undefined;
}

/** Why a tag value breaks AWS tag syntax and length limits, or undefined. */
export function tagValueProblem(value: string): string | undefined {
  if (value.length > MAX_TAG_VALUE_LENGTH) return `a tag value has at most ${MAX_TAG_VALUE_LENGTH} characters`;
  if (!TAG_CHARACTERS.test(value)) return `a tag value may contain ${TAG_CHARACTERS_TEXT}`;
  if (value.trim() !== value) return 'a tag value may not start or end with a space';
  return undefined;
}
