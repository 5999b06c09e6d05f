import { EnvironmentCapabilities } from './kernel/settings-model';

/**
 * A rough monthly cost of what the platform deploys for one environment, from us-east-1 on-demand list prices
 * (other regions cost up to ~25 % more), so that the default budget is above what the defaults cost. It is an
 * estimate for sizing the budget, not a bill: traffic, storage growth and data transfer come on top.
 */

const HOURS_PER_MONTH = 730;

/** Hourly and monthly list prices (USD, us-east-1), with the page each comes from. */
export const PRICES = {
  /** https://aws.amazon.com/vpc/pricing/ (NAT gateway, per hour). */
  natGatewayHour: 0.045,
  /** https://aws.amazon.com/privatelink/pricing/ (interface endpoint, per AZ and hour). */
  interfaceEndpointAzHour: 0.01,
  /** https://aws.amazon.com/elasticloadbalancing/pricing/ (ALB hour plus one LCU). */
  loadBalancerHour: 0.0225 + 0.008,
  /** https://aws.amazon.com/waf/pricing/ (web ACL plus five rules, per month). */
  webAclMonth: 5 + 5 * 1,
  /** https://aws.amazon.com/ec2/pricing/on-demand/ (Linux, per hour). */
  instanceHour: { 't3.micro': 0.0104, 't3.small': 0.0208, 't3.medium': 0.0416, 't3.large': 0.0832, 'm7g.large': 0.0816 } as Record<string, number>,
  /** Spot capacity as a share of on-demand (https://aws.amazon.com/ec2/spot/pricing/, typical for t3). */
  spotShare: 0.35,
  /** https://aws.amazon.com/ebs/pricing/ (gp3, 20 GiB root volume per instance). */
  rootVolumeMonth: 20 * 0.08,
  /** https://aws.amazon.com/rds/postgresql/pricing/ (single-AZ, per hour; multi-AZ is twice). */
  databaseHour: { 'db.t4g.micro': 0.016, 'db.t4g.small': 0.032, 'db.t4g.medium': 0.065, 'db.t4g.large': 0.129, 'db.m7g.large': 0.168 } as Record<string, number>,
  /** https://aws.amazon.com/rds/postgresql/pricing/ (gp2 storage per GiB-month, per copy). */
  databaseStorageGbMonth: 0.115,
  /** https://aws.amazon.com/kms/pricing/ (per key and month). */
  keyMonth: 1,
  /**
   * Detection and logging of a small account per region: GuardDuty (https://aws.amazon.com/guardduty/pricing/),
   * AWS Config items and rule evaluations (https://aws.amazon.com/config/pricing/), Security Hub checks
   * (https://aws.amazon.com/security-hub/pricing/), CloudWatch alarms and logs (https://aws.amazon.com/cloudwatch/pricing/).
   */
  detectionRegionMonth: 25,
  /** DynamoDB on demand, point-in-time recovery and backups of a small table (https://aws.amazon.com/dynamodb/pricing/). */
  tableRegionMonth: 5,
};

/** Interface endpoint services (see the platform's `INTERFACE_ENDPOINT_SERVICES`) and the AZs they span. */
const INTERFACE_ENDPOINTS = 8;
const AVAILABILITY_ZONES = 3;
const REGIONAL_KEYS = 8;
const ACCOUNT_KEYS = 2;

export interface CostEstimate {
  /** USD per month; undefined when an instance type or class has no list price here. */
  readonly monthlyUsd?: number;
  /** What the estimate could not price. */
  readonly unpriced: readonly string[];
}

/** One instance for a month: on-demand or spot, with its root volume. */
function instanceMonth(onDemandMonth: number, spot: boolean): number {
  return onDemandMonth * (spot ? PRICES.spotShare : 1) + PRICES.rootVolumeMonth;
}

/** The estimated monthly cost of an environment with these capabilities in `regionCount` regions. */
export function estimateMonthlyCost(c: EnvironmentCapabilities, regionCount: number): CostEstimate {
  const unpriced: string[] = [];
  const month = (hourly: number) => hourly * HOURS_PER_MONTH;
  const price = (table: Record<string, number>, key: string) => {
    if (table[key] === undefined) unpriced.push(key);
    return table[key] ?? 0;
  };

  const network = month(PRICES.natGatewayHour) * (c.network.natGatewayPerAz ? AVAILABILITY_ZONES : 1)
    + (c.network.interfaceEndpoints ? month(PRICES.interfaceEndpointAzHour) * INTERFACE_ENDPOINTS * AVAILABILITY_ZONES : 0);
  const web = !c.webTier.enabled ? 0
    : month(PRICES.loadBalancerHour)
      + (c.webTier.webApplicationFirewall ? PRICES.webAclMonth : 0)
      + c.webTier.minSize * instanceMonth(month(price(PRICES.instanceHour, c.webTier.instanceType)), c.webTier.spotInstances);
  const database = (multiAz: boolean) => {
    const copies = multiAz ? 2 : 1;
    return copies * (month(price(PRICES.databaseHour, c.database.instanceClass)) + c.database.allocatedStorageGb * PRICES.databaseStorageGbMonth);
  };
  const perRegion = network + web + REGIONAL_KEYS * PRICES.keyMonth + PRICES.detectionRegionMonth;

  let total = perRegion * regionCount + ACCOUNT_KEYS * PRICES.keyMonth;
  if (c.database.enabled && c.webTier.enabled) {
    total += database(c.database.multiAz);
    if (c.database.crossRegionReplica && regionCount > 1) total += database(false);
  }
  if (c.dynamodb.enabled) total += PRICES.tableRegionMonth * (c.dynamodb.replicated ? regionCount : 1);
  return unpriced.length > 0 ? { unpriced } : { monthlyUsd: total, unpriced };
}

/**
 * The default monthly budget: the estimate plus a fifth for traffic and growth, rounded up to 50 USD; the profile's
 * fixed amount when the estimate cannot price the configuration.
 */
export function defaultMonthlyBudgetUsd(c: EnvironmentCapabilities, regionCount: number, fallbackUsd: number): number {
  const estimate = estimateMonthlyCost(c, regionCount).monthlyUsd;
  if (estimate === undefined) return fallbackUsd * regionCount;
  return Math.ceil((estimate * 1.2) / 50) * 50;
}
