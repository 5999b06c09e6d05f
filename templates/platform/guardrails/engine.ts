import { AppModel, StackModel, stackEnvironment } from './app-model';
import { atOrAbove, CheckResult, Finding, Rule, RuleContext, Severity, SEVERITIES } from './model';
import { ResourceGraph } from './resource-graph';
import { ALL_RULES } from './rules';
import { applySuppressions, isoDate, Suppression, SuppressedFinding, suppressionProblems } from './suppressions';
import { inferProfile } from '../kernel/profiles';
import { REQUIRED_TAG_KEYS } from '../kernel/tags';
import { DATA_CLASSIFICATIONS } from '../kernel/vocabulary';

/** What the generated `src/platform/guardrails/config.ts` holds, rendered from `.projenrc.ts`. */
export interface GuardrailConfig {
  /**
   * The build fails on unsuppressed findings of this severity or worse.
   * @default 'low' (every finding fails)
   */
  readonly failOn?: Severity;
  /** @default [] */
  readonly suppressions?: readonly Suppression[];
  /**
   * Environments with the production profile, where the strict rules (deletion protection, multi-AZ) apply.
   * @default environments whose name contains `prod` or `prd` (but not `preprod`)
   */
  readonly productionEnvironments?: readonly string[];
  /**
   * @default the platform's required tags (`Environment`, `Owner`, `CostCenter`, `Project`, `ManagedBy`, `DataClassification`)
   */
  readonly requiredTagKeys?: readonly string[];
  /** @default { DataClassification: ['public', 'internal', 'confidential', 'restricted'] } */
  readonly allowedTagValues?: Readonly<Record<string, readonly string[]>>;
}

export interface GuardrailOptions extends GuardrailConfig {
  /** @default every rule of the catalogue */
  readonly rules?: readonly Rule[];
  /** The day suppressions expire against. @default today */
  readonly today?: Date;
}

export interface GuardrailReport {
  readonly failOn: Severity;
  /** Whether the build must fail: unsuppressed findings at or above `failOn`, or suppression errors. */
  readonly failed: boolean;
  /** Unsuppressed findings, most severe first. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  /** Invalid, expired or unused suppressions: always fatal. */
  readonly errors: readonly string[];
  readonly rules: readonly Rule[];
  readonly stats: { readonly stacks: number; readonly resources: number; readonly durationMs: number };
}

/** `resourceTypes: ['*']` applies a resource rule to every managed resource. */
export const ANY_RESOURCE = '*';

export const DEFAULT_REQUIRED_TAG_KEYS: readonly string[] = REQUIRED_TAG_KEYS;
export const DEFAULT_ALLOWED_TAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  DataClassification: DATA_CLASSIFICATIONS,
};

/** Evaluates every rule against a synthesized app. */
export function runGuardrails(app: AppModel, options: GuardrailOptions = {}): GuardrailReport {
  const started = performance.now();
  const rules = options.rules ?? ALL_RULES;
  const failOn = options.failOn ?? 'low';
  const graph = new ResourceGraph(app);
  const context: RuleContext = {
    app,
    graph,
    requiredTagKeys: options.requiredTagKeys ?? DEFAULT_REQUIRED_TAG_KEYS,
    allowedTagValues: options.allowedTagValues ?? DEFAULT_ALLOWED_TAG_VALUES,
    isProduction: productionTest(options.productionEnvironments),
  };

  const byType = new Map<string, Rule[]>();
  const stackRules: Rule[] = [];
  for (const rule of rules) {
    if (rule.scope === 'stack') {
      stackRules.push(rule);
      continue;
    }
    for (const type of rule.resourceTypes) {
      const list = byType.get(type);
      if (list) list.push(rule);
      else byType.set(type, [rule]);
    }
  }

  const findings: Finding[] = [];
  let resources = 0;
  for (const stack of app.stacks) {
    for (const rule of stackRules) {
      if (rule.scope !== 'stack') continue;
      for (const message of messages(rule.check(stack, context))) {
        findings.push({
          ruleId: rule.id,
          severity: rule.severity,
          title: rule.title,
          message,
          stack: stack.name,
          address: stack.name,
          file: stack.file,
        });
      }
    }
    for (const resource of stack.resources) {
      resources++;
      for (const rule of [...(byType.get(resource.type) ?? []), ...(byType.get(ANY_RESOURCE) ?? [])]) {
        if (rule.scope !== 'resource') continue;
        for (const message of messages(rule.check(resource, context))) {
          findings.push({
            ruleId: rule.id,
            severity: rule.severity,
            title: rule.title,
            message,
            stack: stack.name,
            address: resource.address,
            constructPath: resource.constructPath,
            file: stack.file,
          });
        }
      }
    }
  }

  const suppressions = options.suppressions ?? [];
  const errors = suppressionProblems(suppressions, new Set(rules.map((r) => r.id)), isoDate(options.today ?? new Date()));
  const applied = applySuppressions(findings, suppressions);
  for (const unused of applied.unused) {
    errors.push(`suppression (${unused.ruleId} on ${unused.resource}) matches no finding: remove it, or correct the rule id or resource`);
  }
  const open = applied.findings.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.address.localeCompare(b.address),
  );
  return {
    failOn,
    failed: errors.length > 0 || open.some((f) => atOrAbove(f.severity, failOn)),
    findings: open,
    suppressed: applied.suppressed,
    errors,
    rules,
    stats: { stacks: app.stacks.length, resources, durationMs: performance.now() - started },
  };
}

function messages(result: CheckResult): readonly string[] {
  if (result === undefined || result === null) return [];
  return typeof result === 'string' ? [result] : (result as readonly string[]);
}

function productionTest(productionEnvironments: readonly string[] | undefined): (stack: StackModel) => boolean {
  if (productionEnvironments) return (stack) => productionEnvironments.includes(stackEnvironment(stack));
  return (stack) => inferProfile(stackEnvironment(stack)) === 'production';
}
