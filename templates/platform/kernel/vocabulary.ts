// Generated from src/kernel/vocabulary.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/vocabulary.ts there).
/**
 * The words of the settings model, each list written once; the types are derived from the lists, so a value
 * added here is at once accepted by the option resolvers and known to the platform.
 */

/** Sizing and strictness of an environment. */
export const ENVIRONMENT_PROFILES = ['development', 'staging', 'production'] as const;
export type EnvironmentProfile = (typeof ENVIRONMENT_PROFILES)[number];

/** Regional shape of the platform: one region, a primary and a secondary, or three regions with global services. */
export const PLATFORM_PRESETS = ['baseline', 'multi-region', 'enterprise'] as const;
export type PlatformPreset = (typeof PLATFORM_PRESETS)[number];

/** The values of the `DataClassification` tag. */
export const DATA_CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;

/** Who runs an account's security services: the platform (`managed`) or the organisation (`external`). */
export const SECURITY_BASELINES = ['managed', 'external'] as const;
export type SecurityBaseline = (typeof SECURITY_BASELINES)[number];

/** How Route 53 spreads traffic over the regional load balancers. */
export const EDGE_ROUTING_POLICIES = ['failover', 'latency'] as const;
export type EdgeRoutingPolicy = (typeof EDGE_ROUTING_POLICIES)[number];

/** Severities of guardrail findings, most severe first. */
export const GUARDRAIL_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type GuardrailSeverity = (typeof GUARDRAIL_SEVERITIES)[number];

/** Whether `value` is one of the words of `list`: narrows an option's string to the settings model's union. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
