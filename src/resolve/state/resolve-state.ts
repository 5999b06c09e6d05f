import { s3BucketNameProblem } from '../../kernel/bucket-names';
import { StateBackendSettings } from '../../kernel/settings-model';
import { regionCode } from '../../regions';
import { ProblemCollector } from '../problem-collector';
import { checkRegion } from '../regions/resolve-regions';

/** Where Terraform state lives. */
export interface StateOptions {
  readonly stateBucket?: string;
  readonly stateRegion?: string;
}

export interface StateContext {
  readonly organization: string;
  readonly project: string;
  readonly primaryRegion: string;
}

export interface State {
  /** The bucket named by `stateBucket`, or the name the environments' own buckets replace. */
  readonly shared: StateBackendSettings;
  /** The environment's own state bucket (its bootstrap stack creates it) when `stateBucket` is not given. */
  readonly ofEnvironment: (name: string, accountId: string) => StateBackendSettings | undefined;
}

/** The state backend; records a bucket name S3 would refuse and an unknown region. */
export function resolveState(options: StateOptions, context: StateContext, problems: ProblemCollector): State {
  const { organization, project } = context;
  const bucket = options.stateBucket ?? `${organization}-${project}-tfstate`;
  const bucketProblem = s3BucketNameProblem(bucket);
  if (bucketProblem) problems.add('stateBucket', bucket, bucketProblem);
  const region = options.stateRegion ?? context.primaryRegion;
  if (options.stateRegion !== undefined) checkRegion('stateRegion', region, problems);
  return {
    shared: { bucket, region, keyPrefix: project },
    ofEnvironment: (name, accountId) =>
      options.stateBucket === undefined
        ? { bucket: `${project}-${name}-tfstate-${accountId}-${regionCode(region)}`, region, keyPrefix: project }
        : undefined,
  };
}
