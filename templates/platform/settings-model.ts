/**
 * The typed shape of `settings.ts`, which `npx projen` renders from the options in `.projenrc.ts`.
 * Every stack, name and ARN of the platform is derived from these values, so that planning needs no
 * call to AWS and cross-region wiring never needs remote state.
 */

/** Sizing and strictness of an environment. */
export type EnvironmentProfile = 'development' | 'staging' | 'production';

export interface EnvironmentSettings {
  /** Short name, part of stack and resource names, and the value of the `Environment` tag. */
  readonly name: string;
  readonly profile: EnvironmentProfile;
  /** The only account the environment's providers may act on (`allowed_account_ids`). */
  readonly accountId: string;
  /** The regions the environment is deployed to; the first is its primary region. */
  readonly regions: readonly string[];
  /** The IPv4 block reserved for the environment; each region gets a /16 of it. */
  readonly cidrBlock: string;
}

export interface StateBackendSettings {
  readonly bucket: string;
  readonly region: string;
  /** Prefix of every state key: `<keyPrefix>/<stack>.tfstate`. */
  readonly keyPrefix: string;
}

export interface PlatformSettings {
  /** Lowercase short name used in every resource name. */
  readonly project: string;
  readonly organization: string;
  readonly primaryRegion: string;
  readonly secondaryRegions: readonly string[];
  readonly environments: readonly EnvironmentSettings[];
  /** Availability zones per region, from the built-in table (no `aws_availability_zones` look-up). */
  readonly availabilityZones: Readonly<Record<string, readonly string[]>>;
  /** Required tags shared by every environment (the `Environment` tag is added per environment). */
  readonly tags: Readonly<Record<string, string>>;
  /** Allowed values of tags whose values are constrained, such as `DataClassification`. */
  readonly allowedTagValues: Readonly<Record<string, readonly string[]>>;
  readonly state: StateBackendSettings;
}
