import { PlatformCapabilityOptions } from './capability-options';
import { SecurityContactOptions, SecurityContactProjectOptions } from './security-contact-options';
import { isPlaceholderAccountId } from '../../kernel/account-ids';

/**
 * The security alternate contact of an account (FSBP Account.1). The account stack of the environment that owns the
 * account's settings sets it; a production account with a real id and the managed security baseline must have one.
 */

interface SecurityContactValues {
  readonly name?: unknown;
  readonly title?: unknown;
  readonly emailAddress?: unknown;
  readonly phoneNumber?: unknown;
}

/** The limits of AWS Account Management's `AlternateContact` (API reference, AlternateContact). */
const FIELDS: readonly { field: keyof SecurityContactValues; maxLength: number; pattern?: RegExp; shape?: string }[] = [
  { field: 'name', maxLength: 64 },
  { field: 'title', maxLength: 50 },
  { field: 'emailAddress', maxLength: 254, pattern: /^[\w+=.#|!&-]+@[\w.-]+\.\w+$/, shape: 'an email address' },
  { field: 'phoneNumber', maxLength: 25, pattern: /^[\s0-9()+-]+$/, shape: 'a phone number of digits, spaces, "+", "-", "(" and ")"' },
];

/** A field of a contact that AWS would refuse: missing, or what is wrong with its value. */
export interface SecurityContactFieldProblem {
  readonly field: keyof SecurityContactValues;
  readonly missing: boolean;
  readonly expected: string;
}

/** Each field of a contact that AWS would refuse. */
export function securityContactFormatProblems(contact: SecurityContactValues): SecurityContactFieldProblem[] {
  const problems: SecurityContactFieldProblem[] = [];
  const push = (field: keyof SecurityContactValues, expected: string, missing = false) => problems.push({ field, missing, expected });
  for (const { field, maxLength, pattern, shape } of FIELDS) {
    const value = contact[field];
    if (value === undefined || value === null || value === '') {
      push(field, 'is missing', true);
    } else if (typeof value !== 'string') {
      push(field, 'is not a string');
    } else if (value.trim().length === 0 || value.length > maxLength) {
      push(field, `must have 1 to ${maxLength} characters`);
    } else if (pattern && !pattern.test(value)) {
      push(field, `is not ${shape}`);
    }
  }
  return problems;
}

/** The `projen new` flags of the contact and the fields they set. */
const FLAGS = [
  ['securityContactName', 'name'],
  ['securityContactTitle', 'title'],
  ['securityContactEmail', 'emailAddress'],
  ['securityContactPhone', 'phoneNumber'],
] as const;

/** What the checks need to know of an environment. */
export interface SecurityContactContext {
  readonly name: string;
  readonly profile: string;
  readonly accountId: string;
  readonly securityBaseline: string;
  readonly capabilities: { readonly operations: { readonly securityContact?: SecurityContactValues } };
}

/** The environment that sets the account's settings: the first of its account, in promotion order. */
function accountOwner(environments: readonly SecurityContactContext[], environment: SecurityContactContext): SecurityContactContext {
  return environments.find((e) => e.accountId === environment.accountId) ?? environment;
}

/** Whether the account of an owning environment must have a security contact, rather than only be warned about. */
function contactRequired(environments: readonly SecurityContactContext[], owner: SecurityContactContext): boolean {
  const production = environments.some((e) => e.accountId === owner.accountId && e.profile === 'production');
  return production && owner.securityBaseline === 'managed' && !isPlaceholderAccountId(owner.accountId);
}

/**
 * Problems, named by option: a production account (real id, managed baseline) without a security contact, and
 * environments of one account that ask for different contacts (only the owner's would be set).
 */
export function securityContactProblems(environments: readonly SecurityContactContext[], options: SecurityContactProjectOptions = {}): string[] {
  // Contact flags AWS would refuse are reported at the flags (withSecurityContact), not again as a missing contact.
  const flagsGiven = FLAGS.some(([option]) => options[option] !== undefined);
  const problems: string[] = [];
  for (const environment of environments) {
    const owner = accountOwner(environments, environment);
    const contact = environment.capabilities.operations.securityContact;
    if (owner !== environment) {
      const ownerContact = owner.capabilities.operations.securityContact;
      if (contact !== undefined && JSON.stringify(contact) !== JSON.stringify(ownerContact)) {
        problems.push(
          `operations.securityContact of environment ${environment.name}: differs from the contact of environment ${owner.name}, which sets the settings of their shared account ${environment.accountId}: an account has one security contact; set it on ${owner.name}`,
        );
      }
      continue;
    }
    if (contact === undefined && !flagsGiven && contactRequired(environments, environment)) {
      problems.push(
        `capabilities.operations.securityContact: is missing for production account ${environment.accountId} (environment ${environment.name}): Security Hub control Account.1 fails and AWS has no one to tell about security issues of the account; set capabilities.operations.securityContact (or environmentCapabilities.${environment.name}.operations.securityContact) to { name, title, emailAddress, phoneNumber }`,
      );
    }
  }
  return problems;
}

/**
 * Warning lines, printed by `npx projen`, for accounts the platform sets up without a security contact where none is
 * required (development and staging accounts, placeholder account ids). Accounts of an `external` baseline are left
 * to the organisation, which usually sets the contact for every account.
 */
export function securityContactWarnings(environments: readonly SecurityContactContext[]): string[] {
  return environments
    .filter((e) => accountOwner(environments, e) === e && e.securityBaseline === 'managed')
    .filter((e) => e.capabilities.operations.securityContact === undefined && !contactRequired(environments, e))
    .map(
      (e) =>
        `environment ${e.name}: account ${e.accountId} gets no security contact, so Security Hub control Account.1 fails; set capabilities.operations.securityContact (name, title, emailAddress, phoneNumber)`,
    );
}

/**
 * `capabilities` with the contact of the `securityContact*` options (the `projen new` flags) as the default of
 * `operations.securityContact`. The four go together: a missing one, or a value AWS would refuse, is reported once,
 * naming the option.
 */
export function withSecurityContact(
  capabilities: PlatformCapabilityOptions | undefined,
  options: SecurityContactProjectOptions,
  report: (line: string) => void,
): PlatformCapabilityOptions | undefined {
  const given = FLAGS.filter(([option]) => options[option] !== undefined);
  if (given.length === 0) return capabilities;
  const contact = Object.fromEntries(given.map(([option, field]) => [field, options[option]])) as unknown as SecurityContactOptions;
  const optionOf = (field: string) => FLAGS.find(([, f]) => f === field)![0];
  const problems = securityContactFormatProblems(contact);
  for (const { field, missing, expected } of problems) {
    const option = optionOf(field);
    report(missing ? `${option}: is missing: give ${FLAGS.map(([o]) => o).join(', ')} together` : `${option}: ${JSON.stringify(options[option])} ${expected}`);
  }
  if (problems.length > 0 || capabilities?.operations?.securityContact !== undefined) return capabilities;
  return { ...capabilities, operations: { ...capabilities?.operations, securityContact: contact } };
}
