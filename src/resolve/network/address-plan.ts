import { PlannedEnvironment } from '../environments/resolve-environments';
import { ProblemCollector } from '../problem-collector';

/** The address-plan options as the network resolver reads them. */
export interface AddressPlanOptions {
  readonly networkCidr?: string;
  readonly environmentCidrs?: string[];
}

/**
 * Every repository that leaves `networkCidr` out would get the same blocks (10.0.0.0/8 split in order), so their VPCs
 * overlap and can never be peered or attached to one Transit Gateway. Development environments may keep the shared
 * default; every other environment needs a block the organisation's IP plan reserved for this repository: through
 * `networkCidr`, its own `environmentCidrs` entry, or `ipamPools`.
 */
export function checkAddressPlan(
  options: AddressPlanOptions,
  environments: readonly PlannedEnvironment[],
  ipamEnvironments: ReadonlySet<string>,
  problems: ProblemCollector,
): void {
  if (options.networkCidr !== undefined) return;
  const explicit = new Set((options.environmentCidrs ?? []).map((entry) => entry.split('=')[0]));
  const unplanned = environments.filter((e) => e.profile !== 'development' && !explicit.has(e.name) && !ipamEnvironments.has(e.name));
  if (unplanned.length === 0) return;
  problems.addLines([
    `networkCidr: is not set, so ${unplanned.map((e) => `${e.name} (${e.profile})`).join(', ')} would get the shared default blocks of 10.0.0.0/8 that every ` +
      'repository gets, and their VPCs could never be peered or share a Transit Gateway: give networkCidr the block your IP plan ' +
      'reserves for this repository (e.g. --network-cidr 10.64.0.0/10; a /12 per environment), an environmentCidrs entry ' +
      'per environment, or ipamPools ("<environment>=<region>:<ipam pool id>"). A repository created before this check, ' +
      'whose VPCs already use the shared blocks, keeps them with networkCidr: "10.0.0.0/8"',
  ]);
}
