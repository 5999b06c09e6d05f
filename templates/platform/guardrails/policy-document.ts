import type { ResourceNode } from './app-model';
import type { ResourceGraph } from './resource-graph';
import { blocks, strings } from './values';

export interface PolicyPrincipal {
  /** `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for `"Principal": "*"`. */
  readonly type: string;
  readonly identifiers: readonly string[];
}

export interface PolicyCondition {
  readonly test: string;
  readonly variable: string;
  readonly values: readonly string[];
}

/** An IAM policy statement, the same whether it came from a JSON string or an `aws_iam_policy_document`. */
export interface PolicyStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly resources: readonly string[];
  readonly notResources: readonly string[];
  readonly principals: readonly PolicyPrincipal[];
  readonly notPrincipals: readonly PolicyPrincipal[];
  readonly conditions: readonly PolicyCondition[];
}

/** A parsed policy, or `analysable: false` when it is built by an expression the engine cannot evaluate. */
export type PolicyDocument =
  | { readonly analysable: true; readonly statements: readonly PolicyStatement[] }
  | { readonly analysable: false; readonly expression: string };

const DOCUMENT_REFERENCE = /^\$\{(data\.aws_iam_policy_document\.[A-Za-z0-9_-]+)\.json\}$/;

/**
 * Reads the policy in `node.values[attribute]`: a JSON string, or `${data.aws_iam_policy_document.x.json}` (with its
 * source and override documents). Returns undefined when the attribute is not set.
 */
export function readPolicy(node: ResourceNode, attribute: string, graph: ResourceGraph): PolicyDocument | undefined {
  return readPolicyValue(node.values[attribute], node, graph, new Set());
}

function readPolicyValue(value: unknown, node: ResourceNode, graph: ResourceGraph, seen: Set<ResourceNode>): PolicyDocument | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object') return { analysable: true, statements: fromJson(value) };
  if (typeof value !== 'string') return { analysable: false, expression: String(value) };
  const reference = DOCUMENT_REFERENCE.exec(value.trim());
  if (reference) {
    const document = node.stack.byLocalAddress.get(reference[1]);
    if (!document || seen.has(document)) return { analysable: false, expression: value };
    seen.add(document);
    return fromDocumentDataSource(document, graph, seen);
  }
  if (value.includes('${')) return { analysable: false, expression: value };
  try {
    return { analysable: true, statements: fromJson(JSON.parse(value)) };
  } catch {
    return { analysable: false, expression: value };
  }
}

function fromDocumentDataSource(document: ResourceNode, graph: ResourceGraph, seen: Set<ResourceNode>): PolicyDocument {
  const statements: PolicyStatement[] = [];
  const merge = (values: unknown): PolicyDocument | undefined => {
    for (const source of strings(values)) {
      const parsed = readPolicyValue(source, document, graph, seen);
      if (parsed && !parsed.analysable) return parsed;
      if (parsed) statements.push(...parsed.statements);
    }
    return undefined;
  };
  const unknownSource = merge(document.values.source_policy_documents) ?? merge(document.values.override_policy_documents);
  if (unknownSource) return unknownSource;
  for (const statement of blocks(document.values.statement)) {
    const principals = (value: unknown) =>
      blocks(value).map((p) => ({ type: String(p.type), identifiers: strings(p.identifiers) }));
    statements.push({
      effect: statement.effect === 'Deny' ? 'Deny' : 'Allow',
      actions: strings(statement.actions),
      notActions: strings(statement.not_actions),
      resources: strings(statement.resources),
      notResources: strings(statement.not_resources),
      principals: principals(statement.principals),
      notPrincipals: principals(statement.not_principals),
      conditions: blocks(statement.condition).map((c) => ({ test: String(c.test), variable: String(c.variable), values: strings(c.values) })),
    });
  }
  return { analysable: true, statements };
}

function fromJson(document: any): PolicyStatement[] {
  const raw = document?.Statement;
  const list: any[] = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((s) => ({
    effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(s.Action),
    notActions: strings(s.NotAction),
    resources: strings(s.Resource),
    notResources: strings(s.NotResource),
    principals: jsonPrincipals(s.Principal),
    notPrincipals: jsonPrincipals(s.NotPrincipal),
    conditions: Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>).flatMap(([test, entries]) =>
      Object.entries(entries ?? {}).map(([variable, values]) => ({ test, variable, values: strings(values).concat(typeof values === 'boolean' ? [String(values)] : []) })),
    ),
  }));
}

function jsonPrincipals(value: unknown): PolicyPrincipal[] {
  if (value === undefined) return [];
  if (value === '*') return [{ type: '*', identifiers: ['*'] }];
  return Object.entries(value as Record<string, unknown>).map(([type, ids]) => ({ type, identifiers: strings(ids) }));
}

/** Whether a statement applies to anyone: `"Principal": "*"` or `{"AWS": "*"}`. */
export function hasWildcardPrincipal(statement: PolicyStatement): boolean {
  return statement.principals.some((p) => (p.type === '*' || p.type === 'AWS') && p.identifiers.includes('*'));
}

/** The statements that allow anyone (`*`) with no condition to narrow it: a policy open to every AWS account. */
export function unconditionalPublicAllows(document: Extract<PolicyDocument, { analysable: true }>): PolicyStatement[] {
  return document.statements.filter((s) => s.effect === 'Allow' && hasWildcardPrincipal(s) && s.conditions.length === 0);
}

/** Whether an action list grants `action` (wildcards such as `s3:*`, `s3:Get*` and `*` included). */
export function matchesAction(actions: readonly string[], action: string): boolean {
  const target = action.toLowerCase();
  return actions.some((a) => {
    const pattern = a.toLowerCase();
    if (!pattern.includes('*') && !pattern.includes('?')) return pattern === target;
    const regex = new RegExp(`^${pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
    return regex.test(target);
  });
}

/** Whether a Deny statement refuses requests that do not use TLS (`aws:SecureTransport` = false). */
export function deniesInsecureTransport(statement: PolicyStatement, action: string): boolean {
  return (
    statement.effect === 'Deny' &&
    hasWildcardPrincipal(statement) &&
    (matchesAction(statement.actions, action) || statement.actions.includes('*')) &&
    statement.conditions.some(
      (c) => c.test.toLowerCase() === 'bool' && c.variable.toLowerCase() === 'aws:securetransport' && c.values.map((v) => v.toLowerCase()).includes('false'),
    )
  );
}

/** Identity-policy statements that allow an action on every resource (`Resource: "*"`). */
export function allowsOnAllResources(statement: PolicyStatement, action: string): boolean {
  return statement.effect === 'Allow' && statement.resources.includes('*') && matchesAction(statement.actions, action);
}
