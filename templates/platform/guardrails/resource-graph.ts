import type { AppModel, ResourceNode, StackModel } from './app-model';

/** A reference from one node's attribute to another node of the same stack. */
export interface Edge {
  readonly from: ResourceNode;
  readonly to: ResourceNode;
  /** The top-level attribute that holds the reference, e.g. `bucket` or `policy`. */
  readonly attribute: string;
}

/** The attribute that holds a resource's own name, used to match configuration that names it literally. */
const NAME_ATTRIBUTE: Readonly<Record<string, string>> = {
  aws_s3_bucket: 'bucket',
  aws_config_configuration_recorder: 'name',
  aws_db_parameter_group: 'name',
  aws_cloudwatch_log_group: 'name',
  aws_iam_role: 'name',
  aws_sns_topic: 'name',
  aws_secretsmanager_secret: 'name',
  aws_wafv2_web_acl: 'name',
  aws_backup_vault: 'name',
  aws_lb: 'name',
  aws_guardduty_detector: 'id',
};

// `type.name` or `data.type.name` inside an expression; logical ids of cdktf contain hyphens.
const REFERENCE = /(?<![\w.-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)(?=[.[}\s,)*])/g;

/**
 * The references between the resources of each stack, built in one pass over the synthesized JSON: which
 * resources point at a bucket (its encryption, versioning, policy, logging…), which data source a policy is.
 */
export class ResourceGraph {
  private readonly outgoing = new Map<ResourceNode, Edge[]>();
  private readonly incoming = new Map<ResourceNode, Edge[]>();
  private readonly byType = new Map<StackModel, Map<string, ResourceNode[]>>();
  private readonly appByType = new Map<string, ResourceNode[]>();

  constructor(app: AppModel) {
    for (const stack of app.stacks) {
      const types = new Map<string, ResourceNode[]>();
      this.byType.set(stack, types);
      for (const node of [...stack.resources, ...stack.dataSources]) {
        const key = node.mode === 'data' ? `data.${node.type}` : node.type;
        push(types, key, node);
        push(this.appByType, key, node);
        for (const [attribute, value] of Object.entries(node.values)) {
          this.collect(stack, node, attribute, value);
        }
      }
    }
  }

  /** Resources of a type in a stack (`data.<type>` for data sources). */
  public ofType(stack: StackModel, type: string): readonly ResourceNode[] {
    return this.byType.get(stack)?.get(type) ?? [];
  }

  /** Resources of a type in the whole app. */
  public ofTypeInApp(type: string): readonly ResourceNode[] {
    return this.appByType.get(type) ?? [];
  }

  /** The nodes an attribute of `node` references (every attribute when none is given). */
  public targets(node: ResourceNode, attribute?: string): ResourceNode[] {
    return (this.outgoing.get(node) ?? []).filter((e) => attribute === undefined || e.attribute === attribute).map((e) => e.to);
  }

  /** The nodes of `type` whose `attribute` references `node`. */
  public referrers(node: ResourceNode, type: string, attribute?: string): ResourceNode[] {
    const result: ResourceNode[] = [];
    for (const edge of this.incoming.get(node) ?? []) {
      if (edge.from.type === type && (attribute === undefined || edge.attribute === attribute) && !result.includes(edge.from)) {
        result.push(edge.from);
      }
    }
    return result;
  }

  /**
   * The resources of `type` that configure `node` through `attribute`: by reference (`${aws_s3_bucket.x.id}`) or by
   * the node's literal name (`bucket = "acme-logs"`), in the node's stack.
   */
  public related(node: ResourceNode, type: string, attribute: string): ResourceNode[] {
    const result = this.referrers(node, type, attribute);
    const name = this.literalName(node);
    if (name !== undefined) {
      for (const candidate of this.ofType(node.stack, type)) {
        if (candidate.values[attribute] === name && !result.includes(candidate)) result.push(candidate);
      }
    }
    return result;
  }

  /**
   * The node a value designates: the resource it references, or a resource of `type` whose literal name it is
   * (searched in the whole app: names such as bucket names are global).
   */
  public resolve(from: ResourceNode, attribute: string, type: string): ResourceNode | undefined {
    const referenced = this.targets(from, attribute).find((n) => n.type === type && n.mode === 'managed');
    if (referenced) return referenced;
    const value = from.values[attribute];
    if (typeof value !== 'string' || value.includes('${')) return undefined;
    return this.ofTypeInApp(type).find((n) => this.literalName(n) === value);
  }

  /** The literal name of a resource (a bucket's `bucket`), when it is known at synth time. */
  public literalName(node: ResourceNode): string | undefined {
    const attribute = NAME_ATTRIBUTE[node.type];
    const value = attribute ? node.values[attribute] : undefined;
    return typeof value === 'string' && !value.includes('${') ? value : undefined;
  }

  private collect(stack: StackModel, node: ResourceNode, attribute: string, value: unknown): void {
    if (typeof value === 'string') {
      if (!value.includes('${')) return;
      for (const match of value.matchAll(REFERENCE)) {
        const target = stack.byLocalAddress.get(match[1]);
        if (target && target !== node) {
          const edge: Edge = { from: node, to: target, attribute };
          push(this.outgoing, node, edge);
          push(this.incoming, target, edge);
        }
      }
    } else if (Array.isArray(value)) {
      for (const item of value) this.collect(stack, node, attribute, item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) this.collect(stack, node, attribute, item);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
