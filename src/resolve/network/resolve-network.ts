import { blocksOverlap, formatCidr, isPrivateBlock, tryParseCidr } from '../../kernel/cidr';
import { parseEnvironmentPairs } from '../environment-pairs';
import { Environments } from '../environments/resolve-environments';
import { ProblemCollector } from '../problem-collector';
import { AddressPlanOptions, checkAddressPlan } from './address-plan';

export interface NetworkContext {
  readonly environments: Environments;
  readonly regions: readonly string[];
  /** Environments whose VPCs take their blocks from IPAM pools: the organisation's IPAM keeps them apart. */
  readonly ipamEnvironments: ReadonlySet<string>;
}

const DEFAULT_NETWORK_CIDR = '10.0.0.0/8';
const PRIVATE_RANGES = 'is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)';

/**
 * The IPv4 block of each environment (in environment order; empty for an environment on IPAM pools): a /12 of
 * `networkCidr` each, or its `environmentCidrs` entry. Records blocks that are malformed, public, too small or overlap.
 */
export function resolveNetwork(options: AddressPlanOptions, context: NetworkContext, problems: ProblemCollector): string[] {
  const { names } = context.environments;
  const explicit = parseEnvironmentPairs('environmentCidrs', options.environmentCidrs, names, problems);
  const blocks = networkBlocks(options.networkCidr ?? DEFAULT_NETWORK_CIDR, names.length, problems);
  for (const [env, cidr] of explicitBlocks(explicit, context.regions.length, problems)) blocks[names.indexOf(env)] = cidr;
  const planned = blocks.map((block, i) => (context.ipamEnvironments.has(names[i]) ? '' : block));
  checkOverlaps(planned, names, problems);
  if (context.environments.valid) {
    checkAddressPlan(options, context.environments.environments, context.ipamEnvironments, problems);
  }
  return planned;
}

/** `networkCidr` split into one /12 per environment. */
function networkBlocks(networkCidr: string, count: number, problems: ProblemCollector): string[] {
  const network = tryParseCidr(networkCidr);
  if (!network || network.prefixLength > 12) {
    problems.add('networkCidr', networkCidr, 'is not an IPv4 CIDR block of size /12 or larger with its host bits clear (e.g. "10.0.0.0/8")');
    return [];
  }
  if (!isPrivateBlock(network)) {
    problems.add('networkCidr', networkCidr, PRIVATE_RANGES);
    return [];
  }
  const capacity = 2 ** (12 - network.prefixLength);
  if (count > capacity) {
    problems.add('networkCidr', networkCidr, `holds ${capacity} environment blocks (/12 each) but ${count} environments are configured`);
  }
  return Array.from({ length: count }, (_, i) => formatCidr({ address: network.address + i * 2 ** 20, prefixLength: 12 }));
}

/** The valid `environmentCidrs` entries: private blocks that hold one /16 per region. */
function explicitBlocks(explicit: ReadonlyMap<string, string>, regionCount: number, problems: ProblemCollector): Map<string, string> {
  const regionalPrefix = 16 - Math.ceil(Math.log2(Math.max(regionCount, 1)));
  const valid = new Map<string, string>();
  for (const [env, cidr] of explicit) {
    const block = tryParseCidr(cidr);
    if (!block || block.prefixLength > regionalPrefix) {
      problems.add('environmentCidrs', `${env}=${cidr}`, `is not an IPv4 CIDR block of size /${regionalPrefix} or larger with its host bits clear: it must hold one /16 per region (${regionCount})`);
    } else if (!isPrivateBlock(block)) {
      problems.add('environmentCidrs', `${env}=${cidr}`, PRIVATE_RANGES);
    } else {
      valid.set(env, cidr);
    }
  }
  return valid;
}

function checkOverlaps(blocks: readonly string[], names: readonly string[], problems: ProblemCollector): void {
  blocks.forEach((a, i) =>
    blocks.slice(i + 1).forEach((b, j) => {
      if (a && b && blocksOverlap(tryParseCidr(a)!, tryParseCidr(b)!)) {
        problems.add('environmentCidrs', `${names[i]}=${a}`, `overlaps ${names[i + 1 + j]}=${b}: every environment needs its own address block so that VPCs can be peered`);
      }
    }),
  );
}
