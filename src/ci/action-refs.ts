import { github } from 'projen';

/**
 * The one place that says which version of each action the workflows run. SHAs are those projen 0.103.25 reviewed
 * (its `ActionRefs`); tags marked immutable are GitHub immutable releases, which cannot be moved.
 */
export const DEFAULT_ACTION_REFS: Readonly<Record<string, string>> = {
  'actions/checkout': '3d3c42e5aac5ba805825da76410c181273ba90b1', // v7.0.1
  'actions/setup-node': 'v7.0.0', // immutable
  'actions/upload-artifact': '043fb46d1a93c77aae656e7c1c64a875d1fc6a0a', // v7.0.1
  'actions/download-artifact': '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', // v8.0.1
  'actions/github-script': '3a2844b7e9c422d3c10d287c895573f7108da1b3', // v9.0.0
  'aws-actions/configure-aws-credentials': 'v6.2.3', // immutable
  'peter-evans/create-pull-request': 'v8.1.1', // immutable
  'hashicorp/setup-terraform': 'v3',
  'github/codeql-action/upload-sarif': 'v4',
  // Used by projen's pull-request-lint workflow.
  'amannn/action-semantic-pull-request': '48f256284bd46cdaab1048c3721360e808335d50', // v6.1.1
};

export const COMMIT_SHA = /^[0-9a-f]{40}$/;
const TAG_OR_BRANCH = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;

/** Why a ref cannot be used in `uses: <action>@<ref>`, or undefined when it can. */
export function actionRefProblem(ref: string, requireSha: boolean): string | undefined {
  if (COMMIT_SHA.test(ref)) return undefined;
  if (requireSha) return 'is not a full commit SHA (40 lowercase hex characters), which ciRequireShaPinning requires';
  if (!TAG_OR_BRANCH.test(ref) || ref.includes('..') || ref.endsWith('/')) {
    return 'is not a commit SHA (40 lowercase hex characters) or a tag (e.g. "v4.2.1")';
  }
  return undefined;
}

/** The action refs of one repository: the defaults with the project's overrides. */
export class ActionPins {
  private readonly refs: Record<string, string>;

  constructor(overrides: Readonly<Record<string, string>> = {}) {
    this.refs = { ...DEFAULT_ACTION_REFS, ...overrides };
  }

  /** `owner/repo@ref` for a step's `uses`. */
  public uses(action: string): string {
    const ref = this.refs[action];
    if (!ref) throw new Error(`secure-aws-stack: no pinned ref for action ${action}; add it to DEFAULT_ACTION_REFS`);
    return `${action}@${ref}`;
  }

  /**
   * Makes projen's own workflow steps (pull request creation, git patches, pull request lint) use the same refs,
   * through projen's actions provider.
   */
  public applyTo(gitHub: github.GitHub): void {
    for (const action of Object.keys(this.refs)) {
      gitHub.actions.set(action, this.uses(action));
    }
  }
}
