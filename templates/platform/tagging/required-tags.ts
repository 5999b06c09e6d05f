import { EnvironmentSettings, PlatformSettings } from '../settings-model';

/** The tags every resource carries, by name. Extra organisation tags come from settings. */
export { REQUIRED_TAG_KEYS } from '../kernel/tags';

/** The tag values stamped on every resource of an environment through the providers' `default_tags`. */
export function requiredTags(settings: PlatformSettings, environment: EnvironmentSettings): Record<string, string> {
  return { ...settings.tags, Environment: environment.name };
}
