import { componentNameProblems, pascalCase } from './component-name';
import { COMPONENT_KINDS, ComponentKind, findComponentKind } from './components';
import { RepositorySettings } from './platform-settings-reader';
import { replicaRegionProblems } from './replica-region';
import { derivedListenerRulePriority, serviceRuleProblems } from './service-rule';

/** The answers of `npx projen add` as given on the command line (or by the prompts), before validation. */
export interface AddAnswers {
  readonly component?: string;
  readonly name?: string;
  /** Comma-separated environment names; missing means all. */
  readonly environments?: string;
  /** Comma-separated regions; missing means all. */
  readonly regions?: string;
  /** Answers of the component's own options, by flag. */
  readonly options?: Readonly<Record<string, string | boolean | undefined>>;
}

/** A validated request: everything the templates need. */
export interface AddRequest {
  readonly kind: ComponentKind;
  readonly name: string;
  /** The construct's class, e.g. `OrdersQueue`. */
  readonly className: string;
  /** `src/components/<name>.ts` */
  readonly componentFile: string;
  /** `test/components/<name>.test.ts` */
  readonly testFile: string;
  readonly environments?: readonly string[];
  readonly regions?: readonly string[];
  /** The regional stacks the component lands in, as `<environment>-<region>`. */
  readonly stackNames: readonly string[];
  readonly options: Readonly<Record<string, string | number | boolean>>;
}

/** The answers without which nothing can be generated, as the flag or argument that gives them. */
export function missingAddAnswers(answers: AddAnswers): string[] {
  const missing: string[] = [];
  if (!answers.component) missing.push(`<component> (first argument: ${COMPONENT_KINDS.map((k) => k.name).join(', ')})`);
  if (!answers.name) missing.push('<name> (second argument, e.g. orders)');
  return missing;
}

/** Validates every answer against the component catalogue and the repository's settings; every problem at once. */
export function resolveAddRequest(answers: AddAnswers, settings: RepositorySettings): { request?: AddRequest; problems: string[] } {
  const problems = missingAddAnswers(answers).map((m) => `missing ${m}`);
  const kind = answers.component ? findComponentKind(answers.component) : undefined;
  if (answers.component && !kind) {
    problems.push(`component ${JSON.stringify(answers.component)} is not one of ${COMPONENT_KINDS.map((k) => k.name).join(', ')}`);
  }
  const name = answers.name ?? '';
  if (answers.name) problems.push(...componentNameProblems(name));

  const environmentNames = settings.environments.map((e) => e.name);
  const environments = parseList(answers.environments);
  for (const env of environments ?? []) {
    if (!environmentNames.includes(env)) problems.push(`--environments: ${JSON.stringify(env)} is not an environment of this repository (${environmentNames.join(', ')})`);
  }
  const selectedEnvironments = settings.environments.filter((e) => !environments || environments.includes(e.name));
  const allRegions = [...new Set(settings.environments.flatMap((e) => e.regions))];
  const regions = parseList(answers.regions);
  for (const region of regions ?? []) {
    if (!allRegions.includes(region)) problems.push(`--regions: ${JSON.stringify(region)} is not a region of this repository (${allRegions.join(', ')})`);
  }
  if (environments?.length === 0) problems.push('--environments: give at least one environment, or leave the flag out for all');
  if (regions?.length === 0) problems.push('--regions: give at least one region, or leave the flag out for all');

  const stacks = selectedEnvironments.flatMap((env) =>
    env.regions.filter((r) => !regions || regions.includes(r)).map((region) => ({ env, region })),
  );
  if (stacks.length === 0 && problems.length === 0) problems.push('--environments/--regions: the selection contains no regional stack');

  const options: Record<string, string | number | boolean> = {};
  for (const option of kind?.options ?? []) {
    const raw = answers.options?.[option.flag];
    const value = raw === undefined ? option.default : option.type === 'integer' ? Number(raw) : option.type === 'boolean' ? raw === true || raw === 'true' : String(raw);
    if (value === undefined) continue;
    if (option.type === 'integer' && !Number.isInteger(value)) {
      problems.push(`--${option.flag}: ${JSON.stringify(raw)} is not a whole number`);
      continue;
    }
    const problem = quotedTwiceProblem(option.flag, raw) ?? option.check?.(value);
    if (problem) problems.push(`--${option.flag}: ${JSON.stringify(raw)} ${problem}`);
    options[option.flag] = value;
  }
  for (const flag of Object.keys(answers.options ?? {})) {
    if (answers.options?.[flag] !== undefined && kind && !kind.options.some((o) => o.flag === flag)) {
      problems.push(`--${flag} is not an option of ${kind.name} (its options: ${kind.options.map((o) => `--${o.flag}`).join(', ') || 'none'})`);
    }
  }

  if (kind && problems.length === 0) problems.push(...namingProblems(kind, name, settings, stacks));
  if (kind?.name === 'table') {
    for (const env of selectedEnvironments) {
      if (regions && !regions.includes(env.regions[0]) && env.regions.some((r) => regions.includes(r))) {
        problems.push(`--regions: a table's replicas need its primary table: include ${env.name}'s primary region ${env.regions[0]}`);
      }
    }
  }
  const replicaRegion = options['replicate-to'];
  if (kind?.name === 'bucket' && typeof replicaRegion === 'string' && replicaRegion !== 'none' && problems.length === 0) {
    problems.push(...replicaRegionProblems(replicaRegion, selectedEnvironments, regions));
  }
  if (kind?.name === 'service' && problems.length === 0) {
    problems.push(...serviceRuleProblems(String(options.host), String(options.path)));
    if (options.priority === undefined && answers.name) options.priority = derivedListenerRulePriority(name);
  }
  if (problems.length > 0 || !kind) return { problems };
  return {
    problems,
    request: {
      kind,
      name,
      className: `${pascalCase(name)}${kind.classSuffix}`,
      componentFile: `src/components/${name}.ts`,
      testFile: `test/components/${name}.test.ts`,
      environments,
      regions,
      stackNames: stacks.map(({ env, region }) => `${env.name}-${region}`),
      options,
    },
  };
}

/**
 * A value still wrapped in quotes was quoted twice, the way earlier releases needed to get spaces or `*` through the
 * shell of the `add` task (it now hands arguments on as typed); the quotes would end up in the generated code.
 */
function quotedTwiceProblem(flag: string, raw: string | boolean | undefined): string | undefined {
  if (typeof raw !== 'string' || raw.length < 2 || !/^(['"]).*\1$/s.test(raw)) return undefined;
  return `is wrapped in quotes: npx projen add passes each argument on as the shell gave it, so quote it once (--${flag} '${raw.slice(1, -1)}')`;
}

/** Names AWS limits: a bucket name (63), and the function's role name (64, account-wide so it carries the region code). */
function namingProblems(
  kind: ComponentKind,
  name: string,
  settings: RepositorySettings,
  stacks: Array<{ env: { name: string; accountId: string }; region: string }>,
): string[] {
  const problems: string[] = [];
  for (const { env, region } of stacks) {
    const code = settings.regionCodes[region] ?? region;
    if (kind.name === 'bucket') {
      const bucket = `${settings.project}-${env.name}-${name}-${env.accountId}-${code}`;
      if (bucket.length > 63) problems.push(`name ${JSON.stringify(name)}: the bucket name ${bucket} would be ${bucket.length} characters long; S3 allows 63, use a shorter name`);
      // A replicated bucket's role, <project>-<environment>-<name>-<code>-replication, is always one character shorter.
    }
    if (kind.name === 'function') {
      const role = `${settings.project}-${env.name}-${name}-${code}`;
      if (role.length > 64) problems.push(`name ${JSON.stringify(name)}: the role name ${role} would be ${role.length} characters long; IAM allows 64, use a shorter name`);
    }
  }
  return [...new Set(problems)];
}

function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((v) => v.trim()).filter((v) => v.length > 0);
}
