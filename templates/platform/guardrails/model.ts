/**
 * The rule model of the guardrail engine. A rule is plain data plus a `check` function over the synthesized
 * Terraform JSON (`cdktf.out/stacks/<stack>/cdk.tf.json`); it never loads cdktf or the AWS provider.
 */
import type { AppModel, ResourceNode, StackModel } from './app-model';
import type { ResourceGraph } from './resource-graph';
import { GUARDRAIL_SEVERITIES as SEVERITIES, GuardrailSeverity as Severity } from '../kernel/vocabulary';

export { SEVERITIES };
export type { Severity };

/** True when `severity` is `threshold` or more severe. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Rule ids are kebab-case and start with their area: `s3-bucket-tls-only`. */
export { RULE_ID_PATTERN } from '../kernel/guardrails';

/** Where a rule comes from in other catalogues; empty when the catalogue has no equivalent. */
export interface RuleReferences {
  /** checkov check ids, e.g. `CKV_AWS_18`. */
  readonly checkov?: readonly string[];
  /** AWS Security Hub (Foundational Security Best Practices) control ids, e.g. `S3.9`. */
  readonly securityHub?: readonly string[];
  /** CIS AWS Foundations Benchmark v3.0.0 recommendation numbers, e.g. `3.1`. */
  readonly cis?: readonly string[];
  /** cdk-nag AwsSolutions rule ids, e.g. `AwsSolutions-S10`. */
  readonly cdkNag?: readonly string[];
}

/** Facts about the whole app that rules may need. */
export interface RuleContext {
  readonly app: AppModel;
  readonly graph: ResourceGraph;
  /** Tag keys every resource must carry (through provider `default_tags`). */
  readonly requiredTagKeys: readonly string[];
  /** Allowed values of constrained tags, e.g. `DataClassification`. */
  readonly allowedTagValues: Readonly<Record<string, readonly string[]>>;
  /** Whether a stack belongs to an environment with the production profile (strict rules apply). */
  isProduction(stack: StackModel): boolean;
}

/** What a check returns: nothing when the resource complies, otherwise one message per problem. */
export type CheckResult = string | readonly string[] | undefined | void;

interface RuleBase {
  /** Unique, kebab-case, area first; also the file name of the rule. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  /** Why the rule exists and how to comply. */
  readonly rationale: string;
  readonly references: RuleReferences;
}

/** A rule evaluated once per resource of the listed types. */
export interface ResourceRule extends RuleBase {
  readonly scope: 'resource';
  /** Terraform resource types, e.g. `aws_s3_bucket`; `*` for every resource. */
  readonly resourceTypes: readonly string[];
  check(resource: ResourceNode, context: RuleContext): CheckResult;
}

/** A rule evaluated once per stack (backend, providers). Findings point at the stack itself. */
export interface StackRule extends RuleBase {
  readonly scope: 'stack';
  /** The stack-level blocks the rule reads, for documentation: `terraform.backend.s3`, `provider.aws`. */
  readonly resourceTypes: readonly string[];
  check(stack: StackModel, context: RuleContext): CheckResult;
}

export type Rule = ResourceRule | StackRule;

/** One violation of one rule by one resource (or stack). */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly stack: string;
  /** `<stack>/<type>.<logical id>` for resources, `<stack>` for stack rules. */
  readonly address: string;
  /** The construct path (`dev-us-east-1/network/vpc`) when cdktf recorded it. */
  readonly constructPath?: string;
  /** The synthesized file the finding is in, relative to the app's outdir. */
  readonly file: string;
}
