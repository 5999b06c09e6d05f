import { Construct } from 'constructs';
import { RegionScope } from './scope';
import { regionalPrefix } from '../naming';
import { Network } from '../network/network';
import { regionalAddressBlock } from '../org/address-plan';

/** The region's VPC (`network`): subnets in up to three AZs, NAT, flow logs encrypted with the `logs` key, endpoints. */
export function assembleNetwork(scope: Construct, { settings, environment, region }: RegionScope, logsKeyArn: string): Network {
  const availabilityZones = settings.availabilityZones[region];
  if (!availabilityZones || availabilityZones.length < 2) {
    throw new Error(`settings.availabilityZones has no availability zones for ${region}`);
  }
  const network = environment.capabilities.network;
  return new Network(scope, 'network', {
    namePrefix: regionalPrefix(settings, environment, region),
    ...regionalAddressBlock(environment, region, environment.regions.indexOf(region)),
    accountId: environment.accountId,
    region,
    availabilityZones: availabilityZones.slice(0, 3),
    natGatewayPerAz: network.natGatewayPerAz,
    flowLogs: { kmsKeyArn: logsKeyArn, retentionInDays: network.flowLogRetentionDays },
    interfaceEndpoints: network.interfaceEndpoints,
  });
}
