import * as fs from 'fs';
import * as path from 'path';
import { readStacks } from './stack-manifest';

/**
 * Writes `docs/architecture.md` from the synthesized app (`cdktf.out`): a Mermaid diagram (GitHub renders it) of
 * environments, regions and stacks with their main resources, the deploy order and the cross-region links
 * (replication, replicas, failover records, backup copies), and an inventory of resource types per stack. The
 * `synth` task runs it after every synthesis. Usage:
 *
 *   architecture-doc [output file, default docs/architecture.md]
 */

/** Resource types shown in a stack's box, with a short label. */
const MAIN_RESOURCES: ReadonlyArray<[string, string]> = [
  ['aws_vpc', 'VPC'],
  ['aws_subnet', 'subnets'],
  ['aws_nat_gateway', 'NAT gateways'],
  ['aws_lb', 'load balancers'],
  ['aws_autoscaling_group', 'auto scaling groups'],
  ['aws_wafv2_web_acl', 'web ACLs'],
  ['aws_db_instance', 'databases'],
  ['aws_dynamodb_table', 'DynamoDB tables'],
  ['aws_s3_bucket', 'buckets'],
  ['aws_kms_key', 'KMS keys'],
  ['aws_backup_vault', 'backup vaults'],
  ['aws_cloudtrail', 'trails'],
  ['aws_guardduty_detector', 'GuardDuty'],
  ['aws_securityhub_account', 'Security Hub'],
  ['aws_config_configuration_recorder', 'Config recorders'],
  ['aws_route53_record', 'DNS records'],
  ['aws_cloudwatch_metric_alarm', 'alarms'],
];

/** What a reference from one region into another means, by the resource type that holds it. */
const LINK_LABELS: Record<string, string> = {
  aws_s3_bucket_replication_configuration: 'bucket replication',
  aws_db_instance: 'database replica',
  aws_dynamodb_table: 'table replica',
  aws_dynamodb_table_replica: 'table replica',
  aws_route53_record: 'failover record',
  aws_backup_plan: 'backup copy',
};

interface StackModel {
  readonly name: string;
  readonly region?: string;
  readonly dependencies: readonly string[];
  /** Resource type → count. */
  readonly types: ReadonlyMap<string, number>;
  readonly resources: ReadonlyArray<{ type: string; body: unknown }>;
}

export interface CrossRegionLink {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export function loadStackModels(outdir: string): StackModel[] {
  return readStacks(outdir).map((stack) => {
    const json = JSON.parse(fs.readFileSync(path.join(stack.workingDirectory, 'cdk.tf.json'), 'utf-8'));
    const providers = (json.provider?.aws ?? []) as Array<{ alias?: string; region?: string }>;
    const region = (providers.find((p) => !p.alias) ?? providers[0])?.region;
    const resources: Array<{ type: string; body: unknown }> = [];
    const types = new Map<string, number>();
    for (const [type, byName] of Object.entries<Record<string, unknown>>(json.resource ?? {})) {
      for (const body of Object.values(byName)) resources.push({ type, body });
      types.set(type, Object.keys(byName).length);
    }
    return { name: stack.name, region, dependencies: stack.dependencies, types, resources };
  });
}

/** The environment a stack belongs to: the stacks are named `<environment>-<account|region|replication>`. */
function environmentOf(stack: StackModel, environments: readonly string[]): string {
  return environments.find((env) => stack.name.startsWith(`${env}-`)) ?? stack.name.split('-')[0];
}

function environmentsOf(stacks: readonly StackModel[]): string[] {
  return [...new Set(stacks.filter((s) => s.name.endsWith('-account')).map((s) => s.name.slice(0, -'-account'.length)))];
}

/**
 * Links from a stack into another region of the same environment: an ARN (`arn:<partition>:<service>:<region>:`)
 * or a `region_name` (DynamoDB replicas) of another region, in a resource of a type listed in LINK_LABELS.
 */
export function crossRegionLinks(stacks: readonly StackModel[]): CrossRegionLink[] {
  const environments = environmentsOf(stacks);
  const links = new Map<string, CrossRegionLink>();
  for (const stack of stacks) {
    const env = environmentOf(stack, environments);
    const regionalStacks = stacks.filter((s) => environmentOf(s, environments) === env && !s.name.endsWith('-account') && s.region);
    for (const { type, body } of stack.resources) {
      const label = LINK_LABELS[type];
      if (!label) continue;
      const text = JSON.stringify(body);
      const regions = new Set<string>([
        ...[...text.matchAll(/arn:[a-z-]+:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d)(?=:)/g)].map((m) => m[1]),
        ...[...text.matchAll(/"region_name":"([a-z]{2}(?:-[a-z]+)+-\d)"/g)].map((m) => m[1]),
      ]);
      for (const region of regions) {
        if (region === stack.region) continue;
        const target = regionalStacks.find((s) => s.region === region && s.name !== stack.name && !s.name.endsWith('-replication'));
        if (!target) continue;
        links.set(`${stack.name}|${target.name}|${label}`, { from: stack.name, to: target.name, label });
      }
    }
  }
  return [...links.values()].sort((a, b) => `${a.from}${a.to}${a.label}`.localeCompare(`${b.from}${b.to}${b.label}`));
}

const nodeId = (name: string) => name.replace(/[^a-zA-Z0-9]/g, '_');

export function renderArchitecture(stacks: readonly StackModel[]): string {
  const environments = environmentsOf(stacks);
  const links = crossRegionLinks(stacks);
  const lines: string[] = [
    '<!-- Generated by secure-aws-stack from cdktf.out on every `npx projen synth`; do not edit. -->',
    '# Architecture',
    '',
    `What the app deploys: ${stacks.length} stacks, ${stacks.reduce((n, s) => n + s.resources.length, 0)} resources. ` +
      'Solid arrows: deploy order (a stack is deployed after the stacks that point to it). Dotted arrows: cross-region ' +
      'links, from the stack that holds the reference to the stack of the region it refers to.',
    '',
    '```mermaid',
    'flowchart LR',
  ];
  for (const env of environments) {
    lines.push(`  subgraph ${nodeId(`env-${env}`)}["${env}"]`);
    for (const stack of stacks.filter((s) => environmentOf(s, environments) === env)) {
      const highlights = MAIN_RESOURCES.filter(([type]) => stack.types.has(type)).map(([type, label]) => `${stack.types.get(type)} ${label}`);
      const title = `${stack.name}${stack.region ? ` · ${stack.region}` : ''}`;
      lines.push(`    ${nodeId(stack.name)}["<b>${title}</b><br/>${highlights.join(', ') || `${stack.resources.length} resources`}"]`);
    }
    lines.push('  end');
  }
  for (const stack of stacks) {
    for (const dependency of stack.dependencies) lines.push(`  ${nodeId(dependency)} --> ${nodeId(stack.name)}`);
  }
  for (const link of links) lines.push(`  ${nodeId(link.from)} -. "${link.label}" .-> ${nodeId(link.to)}`);
  lines.push('```', '', '## Cross-region links', '');
  if (links.length === 0) lines.push('None: every region stands alone.');
  else lines.push('| from | to | link |', '| --- | --- | --- |', ...links.map((l) => `| ${l.from} | ${l.to} | ${l.label} |`));
  lines.push('', '## Inventory', '', '| stack | resource type | count |', '| --- | --- | ---: |');
  for (const stack of stacks) {
    for (const [type, count] of [...stack.types].sort(([a], [b]) => a.localeCompare(b))) lines.push(`| ${stack.name} | \`${type}\` | ${count} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Draws the app synthesized in `outdir` into `output`. */
export function writeArchitectureDoc(outdir: string, output: string): void {
  const markdown = renderArchitecture(loadStackModels(outdir));
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, markdown);
  console.log(`architecture-doc: wrote ${output}`);
}

function main(argv: readonly string[]): number {
  try {
    writeArchitectureDoc(process.env.CDKTF_OUTDIR ?? 'cdktf.out', argv[0] ?? path.join('docs', 'architecture.md'));
    return 0;
  } catch (error) {
    console.error(`architecture-doc: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
