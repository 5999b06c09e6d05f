import { GITHUB_OIDC_HOST } from './bootstrap-names';

/** A trust policy statement as written into `assume_role_policy`. */
export interface TrustStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Principal: { readonly Federated: string };
  readonly Action: 'sts:AssumeRoleWithWebIdentity';
  readonly Condition: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

/**
 * GitHub's OIDC subjects (`sub` claims) of a repository: a job that names a GitHub environment presents
 * `repo:<owner>/<repo>:environment:<name>`, a pull request job `repo:<owner>/<repo>:pull_request`, any other job
 * `repo:<owner>/<repo>:ref:refs/heads/<branch>` (https://docs.github.com/en/actions/reference/security/oidc).
 */
export const githubSubjects = {
  environment: (repository: string, environment: string) => `repo:${repository}:environment:${environment}`,
  pullRequest: (repository: string) => `repo:${repository}:pull_request`,
  branch: (repository: string, branch: string) => `repo:${repository}:ref:refs/heads/${branch}`,
};

/** Trust of GitHub Actions jobs with exactly these subjects (no wildcard), for the STS audience only. */
export function githubOidcTrust(providerArn: string, subjects: readonly string[]): { Version: '2012-10-17'; Statement: TrustStatement[] } {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'GitHubActionsOfThisRepository',
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${GITHUB_OIDC_HOST}:aud`]: 'sts.amazonaws.com',
            [`${GITHUB_OIDC_HOST}:sub`]: [...subjects],
          },
        },
      },
    ],
  };
}
