import { Component } from 'projen';
import { TypeScriptProject, Projenrc } from 'projen/lib/typescript';

/** The global types that `.projenrc.ts` never uses. */
const JEST_TYPES = 'jest';

/**
 * `.projenrc.ts` is type-checked without jest's global types.
 *
 * Every `npx projen` type-checks `.projenrc.ts` with the `tsconfig.json` of its folder (`projenrc/`), which extends
 * the project's and so inherits its `types`: projen lists every `@types/*` dependency there, `jest` included. Jest's
 * global types bring in about 200 declaration files (`@jest/*`, `expect`, `@sinclair/typebox`) that `.projenrc.ts`
 * never uses: 591 files to parse instead of 390. Without them, a resync of a scaffolded repository took 3.3-3.6 s
 * instead of 4.2 s (3 runs each, alternating, 2 cores), and a typo in an option name is still a type error. The
 * project's other types are kept.
 */
export class ProjenrcNodeTypes extends Component {
  private readonly tsProject: TypeScriptProject;

  constructor(project: TypeScriptProject) {
    super(project);
    this.tsProject = project;
  }

  /** At synthesis, when the dependencies that projen derives the types from are final. */
  public preSynthesize(): void {
    const projenrc = this.tsProject.components.find((c): c is Projenrc => c instanceof Projenrc);
    const types = inheritedTypes(this.tsProject);
    if (projenrc && types?.includes(JEST_TYPES)) {
      projenrc.tsconfig.file.addOverride('compilerOptions.types', types.filter((t) => t !== JEST_TYPES));
    }
  }
}

/** The `types` of the config projenrc's extends, which projen computes lazily (a function) or was given as a list. */
function inheritedTypes(project: TypeScriptProject): string[] | undefined {
  const types: unknown = (project.tsconfig ?? project.tsconfigDev).compilerOptions?.types;
  const list = typeof types === 'function' ? types() : types;
  return Array.isArray(list) ? list : undefined;
}
