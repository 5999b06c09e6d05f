import { SecureAwsStackProjectOptions } from '../options';
import { InvalidOptionsError, resolveSettings } from '../resolve-settings';

/** One question of `npx secure-aws-stack init`; `key` is also the key of the answers file. */
export interface InitQuestion {
  readonly key: string;
  readonly message: string;
  /** How the answer is read from a prompt: a list is comma-separated. */
  readonly kind: 'string' | 'list';
  /** Shown and used when the prompt is left empty; `undefined`: optional with no default. */
  readonly default?: string;
}

/** The questions in the order they are asked; account ids are asked per environment after `environments`. */
export const INIT_QUESTIONS: readonly InitQuestion[] = [
  { key: 'projectName', message: 'Project name (3 to 20 lowercase letters, digits, hyphens)', kind: 'string' },
  { key: 'organization', message: 'Organisation', kind: 'string', default: 'example-org' },
  { key: 'owner', message: 'Owner (team)', kind: 'string', default: 'platform-team' },
  { key: 'costCenter', message: 'Cost centre', kind: 'string', default: 'cc-0000' },
  { key: 'dataClassification', message: 'Data classification (public, internal, confidential, restricted)', kind: 'string', default: 'internal' },
  { key: 'environments', message: 'Environments, in promotion order (comma-separated)', kind: 'list', default: 'dev,staging,production' },
  { key: 'networkCidr', message: 'Private IPv4 block your IP plan reserves for this repository, a /12 per environment (e.g. 10.64.0.0/10; empty: none, allowed when every environment is a development one)', kind: 'string' },
  { key: 'preset', message: 'Preset (baseline, multi-region, enterprise)', kind: 'string', default: 'multi-region' },
  { key: 'primaryRegion', message: 'Primary region', kind: 'string', default: 'us-east-1' },
  { key: 'secondaryRegions', message: "Secondary regions (comma-separated; empty: the preset's)", kind: 'list' },
  { key: 'alarmEmails', message: 'E-mail addresses for the alarms (comma-separated; required for a production environment with a real account id)', kind: 'list' },
  { key: 'securityContactName', message: 'Security contact of the accounts (AWS writes to it about security issues; required for a production environment with a real account id): name (empty: none)', kind: 'string' },
  { key: 'securityContactTitle', message: 'Security contact: title (e.g. Security team)', kind: 'string' },
  { key: 'securityContactEmail', message: 'Security contact: e-mail address', kind: 'string' },
  { key: 'securityContactPhone', message: 'Security contact: phone number (e.g. +1 555 0100)', kind: 'string' },
  { key: 'domainName', message: 'Domain name of the web tier (empty: none)', kind: 'string' },
  { key: 'hostedZoneId', message: 'Route 53 hosted zone id of that domain (empty: none)', kind: 'string' },
];

/** The answers of `init`, as in an answers file (`--answers file.json`). */
export interface InitAnswers {
  readonly projectName?: string;
  readonly organization?: string;
  readonly owner?: string;
  readonly costCenter?: string;
  readonly dataClassification?: string;
  readonly environments?: readonly string[];
  /** Account id by environment. */
  readonly accountIds?: Readonly<Record<string, string>>;
  /** The repository's address block (`networkCidr`). */
  readonly networkCidr?: string;
  readonly preset?: string;
  readonly primaryRegion?: string;
  readonly secondaryRegions?: readonly string[];
  /** Subscribers of every environment's alarm topics (`alarmEmails`). */
  readonly alarmEmails?: readonly string[];
  /** The accounts' security alternate contact (`securityContactName`, … options). */
  readonly securityContactName?: string;
  readonly securityContactTitle?: string;
  readonly securityContactEmail?: string;
  readonly securityContactPhone?: string;
  readonly domainName?: string;
  readonly hostedZoneId?: string;
  /** Further capability options (`capabilities` of .projenrc.ts), beyond the domain and hosted zone. */
  readonly capabilities?: Readonly<Record<string, unknown>>;
}

/** What `init` does with valid answers: the flags of `projen new` and the struct options written into .projenrc.ts. */
export interface InitPlan {
  readonly projenNewFlags: readonly string[];
  /** `capabilities` of .projenrc.ts (flags cannot carry struct options); undefined when there is nothing to add. */
  readonly capabilities?: Record<string, unknown>;
}

const KNOWN_KEYS = [...INIT_QUESTIONS.map((q) => q.key), 'accountIds', 'capabilities'];

/** Answers that have no default and were not given. */
export function missingInitAnswers(answers: InitAnswers): string[] {
  return answers.projectName ? [] : ['projectName'];
}

/**
 * Validates the answers with the resolver of `projen new` (every problem at once) and plans the creation.
 * Nothing is written here.
 */
export function planInit(answers: InitAnswers, directoryName: string): { plan?: InitPlan; problems: string[] } {
  const problems = Object.keys(answers)
    .filter((key) => !KNOWN_KEYS.includes(key))
    .map((key) => `answers: ${JSON.stringify(key)} is not an answer of init (known: ${KNOWN_KEYS.join(', ')})`);
  problems.push(...missingInitAnswers(answers).map((key) => `${key}: missing; it has no default`));
  const capabilities = capabilityOptions(answers);
  const options: Partial<SecureAwsStackProjectOptions> = {
    projectName: answers.projectName,
    organization: answers.organization,
    owner: answers.owner,
    costCenter: answers.costCenter,
    dataClassification: answers.dataClassification,
    environments: answers.environments ? [...answers.environments] : undefined,
    accountIds: answers.accountIds ? Object.entries(answers.accountIds).map(([env, id]) => `${env}=${id}`) : undefined,
    networkCidr: answers.networkCidr || undefined,
    preset: answers.preset,
    primaryRegion: answers.primaryRegion,
    secondaryRegions: answers.secondaryRegions && answers.secondaryRegions.length > 0 ? [...answers.secondaryRegions] : undefined,
    alarmEmails: answers.alarmEmails && answers.alarmEmails.length > 0 ? [...answers.alarmEmails] : undefined,
    securityContactName: answers.securityContactName || undefined,
    securityContactTitle: answers.securityContactTitle || undefined,
    securityContactEmail: answers.securityContactEmail || undefined,
    securityContactPhone: answers.securityContactPhone || undefined,
    capabilities: capabilities as SecureAwsStackProjectOptions['capabilities'],
  };
  try {
    resolveSettings({ name: directoryName, defaultReleaseBranch: 'main', ...options } as SecureAwsStackProjectOptions);
  } catch (error) {
    if (!(error instanceof InvalidOptionsError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0) return { problems };
  const flags: string[] = [];
  const flag = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') flags.push(`--${name}`, value);
  };
  flag('project-name', options.projectName);
  flag('organization', options.organization);
  flag('owner', options.owner);
  flag('cost-center', options.costCenter);
  flag('data-classification', options.dataClassification);
  for (const env of options.environments ?? []) flag('environments', env);
  for (const id of options.accountIds ?? []) flag('account-ids', id);
  flag('network-cidr', options.networkCidr);
  flag('preset', options.preset);
  flag('primary-region', options.primaryRegion);
  for (const region of options.secondaryRegions ?? []) flag('secondary-regions', region);
  for (const email of options.alarmEmails ?? []) flag('alarm-emails', email);
  flag('security-contact-name', options.securityContactName);
  flag('security-contact-title', options.securityContactTitle);
  flag('security-contact-email', options.securityContactEmail);
  flag('security-contact-phone', options.securityContactPhone);
  return { problems, plan: { projenNewFlags: flags, capabilities } };
}

function capabilityOptions(answers: InitAnswers): Record<string, unknown> | undefined {
  const capabilities: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(answers.capabilities ?? {})) capabilities[key] = { ...(value as Record<string, unknown>) };
  if (answers.domainName) capabilities.webTier = { ...capabilities.webTier, domainName: answers.domainName };
  if (answers.hostedZoneId) capabilities.edge = { ...capabilities.edge, hostedZoneId: answers.hostedZoneId };
  return Object.keys(capabilities).length > 0 ? capabilities : undefined;
}

/** A TypeScript object literal of a JSON value, in the style eslint asks of .projenrc.ts (single quotes, trailing commas). */
export function tsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k.replace(/'/g, "\\'")}'`);
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return JSON.stringify(value);
}

/** Adds `capabilities` to the options of `new SecureAwsStackProject({` in a .projenrc.ts that `projen new` wrote. */
export function addCapabilitiesToProjenrc(source: string, capabilities: Record<string, unknown>): string {
  const opening = 'new SecureAwsStackProject({\n';
  const at = source.indexOf(opening);
  if (at < 0) throw new Error('.projenrc.ts has no `new SecureAwsStackProject({`: cannot add the capabilities');
  if (/^\s*capabilities:/m.test(source)) throw new Error('.projenrc.ts already sets capabilities: add these by hand');
  const insertAt = at + opening.length;
  return `${source.slice(0, insertAt)}  capabilities: ${tsLiteral(capabilities, '  ')},\n${source.slice(insertAt)}`;
}
