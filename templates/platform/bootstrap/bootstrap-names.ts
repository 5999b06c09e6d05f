import { isBootstrapStack } from '../kernel/stack-manifest';

/** Bootstrap stacks are applied by hand, once: the deploy order, CI and drift detection leave them out. */
export { isBootstrapStack };

/** The bootstrap stack's names are built by `naming.ts`, with every other name of the platform. */
export {
  bootstrapStackName,
  ciRoleArn,
  ciRoleName,
  deployBoundaryName,
  GITHUB_OIDC_HOST,
  githubOidcProviderArn,
  stateBucketNames,
} from '../naming';
export type { CiRolePurpose } from '../naming';
