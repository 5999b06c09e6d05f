import { SecureAwsStackProjectOptions } from './options';
import { profileDefaults } from './resolve/capabilities/profile-defaults';

/** What an option holds, as `projen new` flags must be read against it. */
type OptionKind = 'string' | 'strings' | 'number' | 'boolean' | 'object';

/** The options of this project type (not of projen's base project) and what each holds. */
const OPTION_KINDS: Readonly<Record<string, OptionKind>> = {
  projectName: 'string',
  organization: 'string',
  owner: 'string',
  costCenter: 'string',
  dataClassification: 'string',
  environments: 'strings',
  environmentProfiles: 'strings',
  accountIds: 'strings',
  primaryRegion: 'string',
  preset: 'string',
  secondaryRegions: 'strings',
  capabilities: 'object',
  environmentCapabilities: 'object',
  alarmEmails: 'strings',
  securityContactName: 'string',
  securityContactTitle: 'string',
  securityContactEmail: 'string',
  securityContactPhone: 'string',
  stateBucket: 'string',
  stateRegion: 'string',
  networkCidr: 'string',
  environmentCidrs: 'strings',
  extraTags: 'strings',
  guardrailFailOn: 'string',
  ciWorkflows: 'strings',
  planRoleArns: 'strings',
  deployRoleArns: 'strings',
  terraformVersion: 'string',
  driftSchedule: 'string',
  templateUpgradeSchedule: 'string',
  ciActionRefs: 'object',
  ciRequireShaPinning: 'boolean',
  planRetentionDays: 'number',
};

/** Capability fields without a profile default, and so absent from `profileDefaults`. */
const OPTIONAL_CAPABILITY_KINDS: Readonly<Record<string, Readonly<Record<string, OptionKind>>>> = {
  webTier: { desiredCapacity: 'number', domainName: 'string', certificateArns: 'object' },
  database: { primaryRegion: 'string' },
  backup: { vaultLockChangeableForDays: 'number' },
  edge: { hostedZoneId: 'string' },
  operations: { budgetAlertEmails: 'strings', securityContact: 'object' },
};

/** The options with number-like values turned into the strings they stand for, and what cannot be read at all. */
export interface TypedOptions {
  readonly options: SecureAwsStackProjectOptions;
  readonly problems: readonly string[];
}

/**
 * Reads options as `projen new` passes flags: a number-like value where a string is meant (`--cost-center 4711`)
 * becomes that string, a flag without a value (`true`) or a value of the wrong type is a problem naming the option,
 * and the option is then left out so that no later check trips over it. The arguments `projen new` renders into
 * `.projenrc.ts` get the same treatment, so the file it writes compiles.
 */
export function typedOptions(options: SecureAwsStackProjectOptions): TypedOptions {
  const problems: string[] = [];
  const typed = readOptions(options as unknown as Record<string, unknown>, problems);
  const bootstrap = (options as unknown as Record<string, unknown>).__new__ as { args?: Record<string, unknown> } | undefined;
  if (bootstrap?.args) {
    typed.__new__ = { ...bootstrap, args: readOptions(bootstrap.args, []) };
  }
  return { options: typed as unknown as SecureAwsStackProjectOptions, problems };
}

function readOptions(options: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = { ...options };
  for (const [name, kind] of Object.entries(OPTION_KINDS)) {
    if (options[name] === undefined) continue;
    const value = readValue(name, kind, options[name], problems);
    result[name] = value;
    if (value === undefined) delete result[name];
  }
  if (isRecord(result.capabilities)) result.capabilities = readCapabilities('capabilities', result.capabilities, problems);
  if (isRecord(result.environmentCapabilities)) {
    result.environmentCapabilities = Object.fromEntries(
      Object.entries(result.environmentCapabilities).map(([env, caps]) => [
        env,
        isRecord(caps) ? readCapabilities(`environmentCapabilities.${env}`, caps, problems) : wrongType(`environmentCapabilities.${env}`, caps, 'an object', problems),
      ]),
    );
  }
  return result;
}

function readCapabilities(prefix: string, capabilities: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  const defaults = profileDefaults('production', true) as unknown as Record<string, Record<string, unknown>>;
  const result: Record<string, unknown> = {};
  for (const [group, fields] of Object.entries(capabilities)) {
    if (fields === undefined) continue;
    const known = defaults[group];
    if (!known) {
      problems.push(`${prefix}.${group}: is not a capability: use one of ${Object.keys(defaults).join(', ')}`);
      continue;
    }
    if (!isRecord(fields)) {
      wrongType(`${prefix}.${group}`, fields, 'an object', problems);
      continue;
    }
    const kinds: Record<string, OptionKind> = {
      ...Object.fromEntries(Object.entries(known).map(([field, value]) => [field, kindOf(value)])),
      ...(OPTIONAL_CAPABILITY_KINDS[group] ?? {}),
    };
    const read: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      const kind = kinds[field];
      if (!kind) {
        problems.push(`${prefix}.${group}.${field}: is not a setting of ${group}: use one of ${Object.keys(kinds).join(', ')}`);
        continue;
      }
      const typed = readValue(`${prefix}.${group}.${field}`, kind, value, problems);
      if (typed !== undefined) read[field] = typed;
    }
    result[group] = read;
  }
  return result;
}

function readValue(option: string, kind: OptionKind, value: unknown, problems: string[]): unknown {
  switch (kind) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      return wrongType(option, value, 'a value', problems);
    case 'strings': {
      const items = Array.isArray(value) ? value : [value];
      const strings = items.map((item) => (typeof item === 'number' && Number.isFinite(item) ? String(item) : item));
      if (strings.every((item) => typeof item === 'string')) return strings;
      return wrongType(option, value, 'one or more values (repeat the flag for each)', problems);
    }
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      // `projen new` reads "abc" with parseInt (NaN), which reaches the project type as null.
      if (value === null) return wrongType(option, NaN, 'a number (e.g. 7)', problems);
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
      return wrongType(option, value, 'a number (e.g. 7)', problems);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return wrongType(option, value, 'true or false', problems);
    case 'object':
      return isRecord(value) ? value : wrongType(option, value, 'an object', problems);
  }
}

function wrongType(option: string, value: unknown, expected: string, problems: string[]): undefined {
  const flagWithoutValue = value === true || (Array.isArray(value) && value.includes(true));
  if (flagWithoutValue && expected !== 'true or false') {
    problems.push(`${option}: has no value: give ${expected}`);
  } else {
    // `projen new` reads a number flag with parseInt, so "abc" arrives as NaN.
    problems.push(typeof value === 'number' && Number.isNaN(value)
      ? `${option}: is not a number: give ${expected}`
      : `${option}: ${JSON.stringify(value)} is not ${expected}`);
  }
  return undefined;
}

function kindOf(value: unknown): OptionKind {
  if (Array.isArray(value)) return 'strings';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
