import { subdivide } from '../kernel/cidr';
import { EnvironmentSettings } from '../settings-model';

/**
 * Where a region's VPC block comes from: the environment's IPAM pool for the region (`orgFit.ipam`), or the
 * region's /16 of the environment's planned block (`cidrBlock`, the n-th /16 for the n-th region).
 */
export function regionalAddressBlock(
  environment: EnvironmentSettings,
  region: string,
  regionIndex: number,
): { cidrBlock: string } | { ipv4Ipam: { poolId: string; netmaskLength: number } } {
  const ipam = environment.orgFit?.ipam;
  if (ipam) {
    const poolId = ipam.poolIds[region];
    if (!poolId) throw new Error(`settings: environment ${environment.name} has IPAM pools but none for ${region}`);
    return { ipv4Ipam: { poolId, netmaskLength: ipam.netmaskLength } };
  }
  return { cidrBlock: subdivide(environment.cidrBlock, 16, regionIndex) };
}
