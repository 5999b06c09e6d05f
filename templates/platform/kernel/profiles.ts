// Generated from src/kernel/profiles.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/profiles.ts there).
import { EnvironmentProfile } from './vocabulary';

/** The profile an environment gets from its name when none is given: `prod…` is production, `stag…`, `uat…` staging. */
export function inferProfile(environment: string): EnvironmentProfile {
  if (/^(preprod|staging|stage|stg|uat|qa)/.test(environment)) return 'staging';
  if (/prod|prd/.test(environment)) return 'production';
  return 'development';
}
