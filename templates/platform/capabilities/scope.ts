import { EnvironmentSettings, PlatformSettings } from '../settings-model';

/**
 * What an assembler is given: the settings and the environment it builds for. Assemblers (one file per capability
 * key of `EnvironmentCapabilities`, named after it) are the only code that reads a capability's settings; they
 * create the settings-free constructs of `audit/`, `compute/`, `data/`… with plain props.
 */
export interface EnvironmentScope {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
}

/** An environment in one region: what a regional stack's assemblers are given. */
export interface RegionScope extends EnvironmentScope {
  readonly region: string;
}
