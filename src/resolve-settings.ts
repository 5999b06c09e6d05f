import { PlatformSettings } from './kernel/settings-model';
import { SecureAwsStackProjectOptions } from './options';
import { resolveOptions } from './resolve/resolve-options';

export { LONGEST_BUCKET_PURPOSE } from './kernel/bucket-names';
export { InvalidOptionsError } from './resolve/invalid-options-error';
export { defaultProjectName } from './resolve/identity/resolve-identity';

/**
 * The settings `src/platform/settings.ts` holds, from the options (`resolveOptions`, the resolver pipeline in
 * `src/resolve/`); throws InvalidOptionsError listing every problem.
 */
export function resolveSettings(options: SecureAwsStackProjectOptions): PlatformSettings {
  return resolveOptions(options).settings;
}
