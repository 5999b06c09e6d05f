/** Readers shared by several rules: security group ingress, bucket and identity policies. */
import type { ResourceNode } from './app-model';
import type { RuleContext } from './model';
import { PolicyDocument, PolicyStatement, readPolicy } from './policy-document';
import { blocks, strings, WORLD_IPV4, WORLD_IPV6 } from './values';

/** One ingress permission, whichever of the three Terraform shapes declared it. */
export interface IngressEntry {
  readonly protocol: unknown;
  readonly fromPort: unknown;
  readonly toPort: unknown;
  readonly cidrs: readonly string[];
  readonly description: unknown;
}

export const SECURITY_GROUP_INGRESS_TYPES = ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'];

/** Ingress entries of `aws_security_group` (inline), `aws_security_group_rule` (type ingress), `aws_vpc_security_group_ingress_rule`. */
export function ingressEntries(node: ResourceNode): IngressEntry[] {
  const v = node.values;
  switch (node.type) {
    case 'aws_security_group':
      return blocks(v.ingress).map((i) => ({
        protocol: i.protocol,
        fromPort: i.from_port,
        toPort: i.to_port,
        cidrs: [...strings(i.cidr_blocks), ...strings(i.ipv6_cidr_blocks)],
        description: i.description,
      }));
    case 'aws_security_group_rule':
      return v.type === 'ingress'
        ? [
          {
            protocol: v.protocol,
            fromPort: v.from_port,
            toPort: v.to_port,
            cidrs: [...strings(v.cidr_blocks), ...strings(v.ipv6_cidr_blocks)],
            description: v.description,
          },
        ]
        : [];
    case 'aws_vpc_security_group_ingress_rule':
      return [
        {
          protocol: v.ip_protocol,
          fromPort: v.from_port,
          toPort: v.to_port,
          cidrs: [...strings(v.cidr_ipv4), ...strings(v.cidr_ipv6)],
          description: v.description,
        },
      ];
    default:
      return [];
  }
}

export function isWorld(cidr: string): boolean {
  return cidr === WORLD_IPV4 || cidr === WORLD_IPV6;
}

/** The policies that govern a bucket: `aws_s3_bucket_policy` resources for it and the legacy inline `policy`. */
export function bucketPolicies(bucket: ResourceNode, context: RuleContext): PolicyDocument[] {
  const documents: PolicyDocument[] = [];
  const inline = readPolicy(bucket, 'policy', context.graph);
  if (inline) documents.push(inline);
  for (const policy of context.graph.related(bucket, 'aws_s3_bucket_policy', 'bucket')) {
    const document = readPolicy(policy, 'policy', context.graph);
    if (document) documents.push(document);
  }
  return documents;
}

export const IDENTITY_POLICY_TYPES = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_role'];

/** Identity-based policies a resource defines: managed and inline policies, and a role's `inline_policy` blocks. */
export function identityPolicies(node: ResourceNode, context: RuleContext): PolicyDocument[] {
  if (node.type === 'aws_iam_role') {
    return blocks(node.values.inline_policy)
      .map((b) => (typeof b.policy === 'string' && b.policy ? readPolicy({ ...node, values: { policy: b.policy } }, 'policy', context.graph) : undefined))
      .filter((d): d is PolicyDocument => d !== undefined);
  }
  const document = readPolicy(node, 'policy', context.graph);
  return document ? [document] : [];
}

/** The statements of analysable documents. */
export function statementsOf(documents: readonly PolicyDocument[]): PolicyStatement[] {
  return documents.flatMap((d) => (d.analysable ? [...d.statements] : []));
}
