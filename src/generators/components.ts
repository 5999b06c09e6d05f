import { HOST_PATTERN, PATH_PATTERN } from './service-rule';

/** An answer of a component beyond its name, environments and regions; every answer is also a flag. */
export interface ComponentOption {
  /** The flag, without `--`. */
  readonly flag: string;
  readonly description: string;
  readonly type: 'integer' | 'string' | 'boolean';
  /** The default value; `undefined` means the answer is optional. */
  readonly default?: number | string | boolean;
  /** Checks a value; returns what is wrong, or undefined. */
  readonly check?: (value: number | string | boolean) => string | undefined;
}

export interface ComponentKind {
  readonly name: string;
  readonly description: string;
  /** Suffix of the construct's class name: `orders` + `Queue` → `OrdersQueue`. */
  readonly classSuffix: string;
  readonly options: readonly ComponentOption[];
  /** Regions the component is added to when `--regions` is not given. */
  readonly defaultRegions: 'all' | 'primary';
}

const SCHEDULE = /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\([^()]+\))$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ATTRIBUTE = /^[A-Za-z0-9_.-]{1,255}$/;

export const COMPONENT_KINDS: readonly ComponentKind[] = [
  {
    name: 'bucket',
    description: 'S3 bucket: SSE-KMS, versioning, public access blocked, TLS only, access logs, lifecycle, optional cross-region replication',
    classSuffix: 'Bucket',
    defaultRegions: 'all',
    options: [
      {
        flag: 'noncurrent-version-days',
        description: 'days after which noncurrent object versions are deleted',
        type: 'integer',
        default: 90,
        check: (v) => (Number(v) >= 1 && Number(v) <= 3650 ? undefined : 'must be between 1 and 3650'),
      },
      {
        flag: 'replicate-to',
        description: 'region of a replica bucket the other selected regions replicate to (one of the environment\'s regions); "none" for no replication',
        type: 'string',
        default: 'none',
        check: (v) => (v === 'none' || REGION.test(String(v)) ? undefined : 'must be "none" or a region such as eu-west-1'),
      },
    ],
  },
  {
    name: 'table',
    description: 'DynamoDB table: on demand, point-in-time recovery, the dynamodb key, deletion protection; global replicas in the other selected regions',
    classSuffix: 'Table',
    defaultRegions: 'primary',
    options: [
      { flag: 'partition-key', description: 'partition key attribute (string)', type: 'string', default: 'pk', check: (v) => (ATTRIBUTE.test(String(v)) ? undefined : 'must be 1 to 255 letters, digits, _ . -') },
      { flag: 'sort-key', description: 'sort key attribute (string), "none" for none', type: 'string', default: 'sk', check: (v) => (ATTRIBUTE.test(String(v)) ? undefined : 'must be 1 to 255 letters, digits, _ . - (or "none")') },
    ],
  },
  {
    name: 'queue',
    description: 'SQS queue with a dead-letter queue, its own customer-managed key and a TLS-only policy',
    classSuffix: 'Queue',
    defaultRegions: 'all',
    options: [
      {
        flag: 'max-receive-count',
        description: 'receives before a message moves to the dead-letter queue',
        type: 'integer',
        default: 5,
        check: (v) => (Number(v) >= 1 && Number(v) <= 1000 ? undefined : 'must be between 1 and 1000'),
      },
    ],
  },
  {
    name: 'function',
    description: 'Lambda function in the private app subnets: KMS-encrypted environment and logs, least-privilege role, optional schedule',
    classSuffix: 'Function',
    defaultRegions: 'all',
    options: [
      {
        flag: 'memory',
        description: 'memory in MB',
        type: 'integer',
        default: 256,
        check: (v) => (Number(v) >= 128 && Number(v) <= 10240 ? undefined : 'must be between 128 and 10240'),
      },
      {
        flag: 'schedule',
        description: 'EventBridge schedule, e.g. "rate(5 minutes)" or "cron(0 3 * * ? *)"; "none" for no schedule',
        type: 'string',
        default: 'none',
        check: (v) => (v === 'none' || SCHEDULE.test(String(v)) ? undefined : 'must be "none", rate(<n> minutes|hours|days) or cron(<6 fields>)'),
      },
    ],
  },
  {
    name: 'service',
    description: "Web service behind the environment's load balancer: target group, host or path rule, its own Auto Scaling group of hardened instances",
    classSuffix: 'Service',
    defaultRegions: 'all',
    options: [
      {
        flag: 'host',
        description: 'host header the rule matches, e.g. orders.example.com or *.orders.example.com; "none" for any host',
        type: 'string',
        default: 'none',
        check: (v) => (v === 'none' || HOST_PATTERN.test(String(v)) ? undefined : 'must be "none" or a lowercase domain name, optionally starting with "*."'),
      },
      {
        flag: 'path',
        description: 'path pattern the rule matches, e.g. /orders/*; "none" for any path',
        type: 'string',
        default: 'none',
        check: (v) => (v === 'none' || PATH_PATTERN.test(String(v)) ? undefined : 'must be "none" or start with "/" and hold at most 128 of A-Z a-z 0-9 _ . $ / ~ @ : + & * ? -'),
      },
      {
        flag: 'priority',
        description: "listener rule priority, unique among the load balancer's rules (default: derived from the name)",
        type: 'integer',
        check: (v) => (Number(v) >= 1 && Number(v) <= 50000 ? undefined : 'must be between 1 and 50000'),
      },
    ],
  },
];

export function findComponentKind(name: string): ComponentKind | undefined {
  return COMPONENT_KINDS.find((kind) => kind.name === name);
}
