import { placeholderAccountId } from '../../kernel/account-ids';
import { ENVIRONMENT_PROFILES, EnvironmentProfile } from '../../kernel/vocabulary';
import { ProblemCollector } from '../problem-collector';
import { DefaultRow, PROFILE_DEFAULTS, WITH_SECONDARY_REGION } from './profile-defaults';
import { mergeCapabilities } from './resolve-capabilities';

/** The markers around the rendered table in `docs/platform.md`. */
export const PROFILE_DEFAULTS_DOC = {
  file: 'docs/platform.md',
  start: '<!-- profile-defaults:start (rendered from PROFILE_DEFAULTS of src/resolve/capabilities/profile-defaults.ts by `npx projen docs:profile-defaults`: do not edit) -->',
  end: '<!-- profile-defaults:end -->',
};

/** The "Profile defaults" table of the documentation: a row per capability field of the table, then the budgets. */
export function renderProfileDefaultsTable(): string {
  const table: Readonly<Record<string, Readonly<Record<string, DefaultRow<unknown>>>>> = PROFILE_DEFAULTS;
  const rows = Object.entries(table).flatMap(([capability, fields]) =>
    Object.entries(fields).map(([field, row]) => cells(`\`${capability}.${field}\`: ${row.label}`, ENVIRONMENT_PROFILES.map((p) => formatValue(row.values[p])))),
  );
  const budgets = cells(
    'default monthly budget (USD), one region / two regions: the estimated cost + 20 % (`src/cost-estimate.ts`)',
    ENVIRONMENT_PROFILES.map((p) => `${defaultBudget(p, 1)} / ${defaultBudget(p, 2)}`),
  );
  return [cells('', [...ENVIRONMENT_PROFILES]), cells('---', ENVIRONMENT_PROFILES.map(() => '---')), ...rows, budgets].join('\n');
}

/** `markdown` with the part between the markers replaced by the rendered table. */
export function withProfileDefaultsTable(markdown: string): string {
  const start = markdown.indexOf(PROFILE_DEFAULTS_DOC.start);
  const end = markdown.indexOf(PROFILE_DEFAULTS_DOC.end);
  if (start < 0 || end < start) {
    throw new Error(`${PROFILE_DEFAULTS_DOC.file} has no "${PROFILE_DEFAULTS_DOC.start}" ... "${PROFILE_DEFAULTS_DOC.end}" section: add the two markers where the table belongs`);
  }
  return `${markdown.slice(0, start)}${PROFILE_DEFAULTS_DOC.start}\n${renderProfileDefaultsTable()}\n${markdown.slice(end)}`;
}

function cells(first: string, values: readonly string[]): string {
  return `| ${[first, ...values].join(' | ')} |`;
}

function formatValue(value: unknown): string {
  if (value === WITH_SECONDARY_REGION) return 'with a secondary region';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return `\`${value}\``;
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) return Object.keys(value).length === 0 ? 'none' : JSON.stringify(value);
  return String(value);
}

/** The budget the resolver gives an environment of the profile that sets nothing (the default configuration). */
function defaultBudget(profile: EnvironmentProfile, regionCount: number): number {
  const regions = ['us-east-1', 'us-west-2'].slice(0, regionCount);
  const context = { environment: 'docs', profile, preset: regionCount > 1 ? 'multi-region' : 'baseline', regions, accountId: placeholderAccountId(0) };
  return mergeCapabilities(context, undefined, undefined, new ProblemCollector()).operations.monthlyBudgetUsd;
}
