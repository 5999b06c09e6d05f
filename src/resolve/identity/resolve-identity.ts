import { GitHubSettings } from '../../kernel/org-fit-model';
import { ProblemCollector } from '../problem-collector';

/** The options that name the platform and the repository it is built from. */
export interface IdentityOptions {
  readonly name: string;
  readonly projectName?: string;
  readonly organization?: string;
  readonly githubRepository?: string;
  readonly defaultReleaseBranch?: string;
}

export interface Identity {
  /** Part of every resource name. */
  readonly project: string;
  readonly organization: string;
  readonly github: GitHubSettings;
}

const DEFAULT_ORGANIZATION = 'example-org';
const PROJECT_NAME = /^[a-z][a-z0-9-]{1,18}[a-z0-9]$/;
const ORGANIZATION = /^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/;
const GITHUB_REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** The project, organisation and repository names; records the ones that cannot be part of resource names. */
export function resolveIdentity(options: IdentityOptions, problems: ProblemCollector): Identity {
  const project = options.projectName ?? defaultProjectName(options.name);
  if (!PROJECT_NAME.test(project) || project.includes('--')) {
    problems.add(
      'projectName',
      project,
      'cannot be part of S3 bucket and resource names: use 3 to 20 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen (e.g. "payments")',
    );
  }
  const organization = options.organization ?? DEFAULT_ORGANIZATION;
  if (!ORGANIZATION.test(organization) || organization.includes('--')) {
    problems.add('organization', organization, 'is not allowed: use 2 to 32 lowercase letters, digits and single hyphens (e.g. "acme")');
  }
  return { project, organization, github: resolveGitHub(options, organization, problems) };
}

/** The repository the bootstrap roles trust: `githubRepository`, or `<organization>/<package name>`. */
function resolveGitHub(options: IdentityOptions, organization: string, problems: ProblemCollector): GitHubSettings {
  const repository = options.githubRepository ?? `${organization}/${options.name.replace(/^@[^/]+\//, '')}`;
  if (!GITHUB_REPOSITORY.test(repository)) {
    problems.add('githubRepository', repository, 'is not a GitHub repository: use "<owner>/<repository>" (e.g. "acme/payments-infra")');
  }
  return { repository, defaultBranch: options.defaultReleaseBranch ?? 'main' };
}

/** A project name made from the package name: lowercase, hyphenated, at most 20 characters. */
export function defaultProjectName(packageName: string): string {
  const base = packageName.replace(/^@[^/]+\//, '').toLowerCase();
  const cleaned = base.replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z]+/, '').slice(0, 20).replace(/-+$/, '');
  return cleaned.length >= 3 ? cleaned : 'platform';
}
