import * as fs from 'fs';
import * as path from 'path';
import { block } from './values';

/** A resource or data source of a synthesized stack. */
export interface ResourceNode {
  readonly stack: StackModel;
  readonly mode: 'managed' | 'data';
  /** Terraform type, e.g. `aws_s3_bucket`. */
  readonly type: string;
  /** Logical id, e.g. `logs_bucket_1A2B3C4D`. */
  readonly name: string;
  /** `aws_s3_bucket.logs_bucket_1A2B3C4D` or `data.aws_iam_policy_document.x`: what `${...}` references use. */
  readonly localAddress: string;
  /** `<stack>/<localAddress>`: unique in the app. */
  readonly address: string;
  /** The construct path recorded by cdktf (`dev-us-east-1/storage/logs/bucket`), when present. */
  readonly constructPath?: string;
  /** The attributes as synthesized (cdktf metadata removed). */
  readonly values: Readonly<Record<string, unknown>>;
}

/** One synthesized stack (`stacks/<name>/cdk.tf.json`). */
export interface StackModel {
  readonly name: string;
  /** Path of the stack's JSON relative to the app's outdir. */
  readonly file: string;
  /** The whole synthesized document, for stack rules (`terraform.backend`, `provider`). */
  readonly json: Readonly<Record<string, any>>;
  readonly resources: readonly ResourceNode[];
  readonly dataSources: readonly ResourceNode[];
  /** Resources and data sources by local address. */
  readonly byLocalAddress: ReadonlyMap<string, ResourceNode>;
}

export interface AppModel {
  readonly stacks: readonly StackModel[];
}

/** Reads every `stacks/*\/cdk.tf.json` below a synthesized app's outdir (`cdktf.out`). */
export function loadApp(outdir: string): AppModel {
  const stacksDir = path.join(outdir, 'stacks');
  if (!fs.existsSync(stacksDir)) {
    throw new Error(`${stacksDir} does not exist: synthesize the app first ("npx projen synth")`);
  }
  const documents: Record<string, unknown> = {};
  for (const entry of fs.readdirSync(stacksDir, { withFileTypes: true })) {
    const file = path.join(stacksDir, entry.name, 'cdk.tf.json');
    if (entry.isDirectory() && fs.existsSync(file)) {
      documents[entry.name] = JSON.parse(fs.readFileSync(file, 'utf-8'));
    }
  }
  return appFromDocuments(documents);
}

/** Builds the model from synthesized documents by stack name (what `loadApp` reads, or JSON built in a test). */
export function appFromDocuments(documents: Readonly<Record<string, unknown>>): AppModel {
  const stacks = Object.keys(documents)
    .sort()
    .map((name) => stackFromDocument(name, documents[name] as Record<string, any>));
  return { stacks };
}

function stackFromDocument(name: string, json: Record<string, any>): StackModel {
  const resources: ResourceNode[] = [];
  const dataSources: ResourceNode[] = [];
  const byLocalAddress = new Map<string, ResourceNode>();
  const stack: StackModel = { name, file: `stacks/${name}/cdk.tf.json`, json, resources, dataSources, byLocalAddress };
  const collect = (mode: 'managed' | 'data', blocks: Record<string, Record<string, any>> | undefined, into: ResourceNode[]) => {
    for (const type of Object.keys(blocks ?? {})) {
      for (const [logicalId, raw] of Object.entries(blocks![type] ?? {})) {
        const { ['//']: metadata, ...values } = (raw ?? {}) as Record<string, any>;
        const localAddress = mode === 'data' ? `data.${type}.${logicalId}` : `${type}.${logicalId}`;
        const node: ResourceNode = {
          stack,
          mode,
          type,
          name: logicalId,
          localAddress,
          address: `${name}/${localAddress}`,
          constructPath: metadata?.metadata?.path,
          values,
        };
        into.push(node);
        byLocalAddress.set(localAddress, node);
      }
    }
  };
  collect('managed', json.resource, resources);
  collect('data', json.data, dataSources);
  return stack;
}

/** The environment of a stack: its AWS provider's `Environment` default tag, else the stack name's first part. */
export function stackEnvironment(stack: StackModel): string {
  const providers = stack.json.provider?.aws;
  const list = Array.isArray(providers) ? providers : providers ? [providers] : [];
  for (const provider of list) {
    const environment = block(provider.default_tags).tags?.Environment;
    if (typeof environment === 'string') return environment;
  }
  return stack.name.split('-')[0];
}

/** Account and region of a stack's default AWS provider (the account when `allowed_account_ids` names exactly one). */
export function stackPlacement(stack: StackModel): { account?: string; region?: string } {
  const providers = stack.json.provider?.aws;
  const list: any[] = Array.isArray(providers) ? providers : providers ? [providers] : [];
  const provider = list.find((p) => !p.alias);
  const accounts = provider?.allowed_account_ids;
  return { account: Array.isArray(accounts) && accounts.length === 1 ? String(accounts[0]) : undefined, region: provider?.region };
}
