/** Host header of a load balancer rule: a domain name, optionally starting with a `*.` wildcard. */
export const HOST_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Path pattern of a load balancer rule: starts with `/`, at most 128 characters of those the load balancer accepts. */
export const PATH_PATTERN = /^\/[A-Za-z0-9_.$/~@:+&*?-]{0,127}$/;

const FIRST_DERIVED_PRIORITY = 1000;
const LAST_PRIORITY = 50000;

/** What is wrong with a service's rule: it must match on a host, a path or both. */
export function serviceRuleProblems(host: string, path: string): string[] {
  return host === 'none' && path === 'none'
    ? ['--host/--path: a service needs a rule that tells its requests apart: give --host (e.g. orders.example.com), --path (e.g. /orders/*) or both']
    : [];
}

/**
 * The listener rule priority of a service when `--priority` is not given: derived from its name (1000 to 49999), so
 * that services added in different branches rarely collide; `--priority` settles a collision.
 */
export function derivedListenerRulePriority(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return FIRST_DERIVED_PRIORITY + (hash % (LAST_PRIORITY - FIRST_DERIVED_PRIORITY));
}
