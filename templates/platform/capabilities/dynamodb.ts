import { RegionScope } from './scope';
import { RegionalDataTierProps } from '../data/regional-data-tier';

/** The data tier's DynamoDB global table (`data`): in the primary region, and replicas in the others when replicated. */
export function dynamodbTier({ environment, region }: RegionScope): Pick<RegionalDataTierProps, 'dynamodb' | 'tableDeletionProtection'> {
  const dynamodb = environment.capabilities.dynamodb;
  return {
    dynamodb: dynamodb.enabled && (region === environment.regions[0] || dynamodb.replicated),
    tableDeletionProtection: dynamodb.deletionProtection,
  };
}
