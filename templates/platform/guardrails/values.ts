/**
 * Readers for synthesized attribute values. cdktf writes a nested block as an object or as a list of objects,
 * booleans of some attributes as strings ("true"), and references as `${...}` strings.
 */

type Block = Record<string, any>;

/** The blocks of a nested-block attribute, whether synthesized as one object or a list of objects. */
export function blocks(value: unknown): Block[] {
  if (Array.isArray(value)) return value.filter((v): v is Block => typeof v === 'object' && v !== null && !Array.isArray(v));
  if (typeof value === 'object' && value !== null) return [value as Block];
  return [];
}

/** The first block of a nested-block attribute, or an empty object. */
export function block(value: unknown): Block {
  return blocks(value)[0] ?? {};
}

export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

export function isFalse(value: unknown): boolean {
  return value === false || value === 'false';
}

/** A number, or a numeric string; undefined for anything else (references included). */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** A list attribute as strings (a single string becomes a list of one). */
export function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** Whether a value is only known at apply time (a Terraform expression). */
export function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** A value is set when it is present and not an empty string or list. */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** JSON rendering for messages. */
export function show(value: unknown): string {
  return value === undefined ? 'unset' : JSON.stringify(value);
}

export const WORLD_IPV4 = '0.0.0.0/0';
export const WORLD_IPV6 = '::/0';

/** Whether a port range (Terraform `from_port`/`to_port`, protocol `-1` meaning all) contains a port. */
export function rangeIncludes(protocol: unknown, fromPort: unknown, toPort: unknown, port: number): boolean {
  if (protocol === '-1' || protocol === -1 || protocol === 'all') return true;
  const from = num(fromPort);
  const to = num(toPort);
  if (from === undefined || to === undefined) return false;
  // from_port = to_port = 0 with protocol tcp/udp covers every port in the AWS console's sense only for -1; be literal.
  return from <= port && port <= to;
}
