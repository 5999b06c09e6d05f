/** AWS tag syntax: https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html */
const ALLOWED = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Why a tag violates AWS syntax and length limits, or undefined. Shared by the tag rules. */
export function tagSyntaxProblem(key: string, value: unknown): string | undefined {
  if (key.length < 1 || key.length > 128) return `tag key ${JSON.stringify(key)} must be 1 to 128 characters`;
  if (/^aws:/i.test(key)) return `tag key ${JSON.stringify(key)} uses the reserved aws: prefix`;
  if (!ALLOWED.test(key)) return `tag key ${JSON.stringify(key)} has characters other than letters, digits, spaces and _ . : / = + - @`;
  if (typeof value !== 'string' || value.includes('${')) return undefined;
  if (value.length > 256) return `tag ${key}: value is longer than 256 characters`;
  if (!ALLOWED.test(value)) return `tag ${key}: value ${JSON.stringify(value)} has characters other than letters, digits, spaces and _ . : / = + - @`;
  return undefined;
}
