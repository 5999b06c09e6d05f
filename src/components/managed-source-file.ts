import { IResolver, Project, TextFile } from 'projen';

/**
 * The marker of each project's files. projen's `FileBase.marker` looks `.projenrc.ts` up among all the components of
 * the project, for every file (quadratic in the number of files); this project type writes some 270 managed files, and
 * that lookup was more than half of a synthesis. Its inputs (the projenrc file, created by the base project's
 * constructor before any managed file, and the projen command) do not change after construction.
 */
const markers = new WeakMap<Project, string | undefined>();

/** A read-only TypeScript file whose first line is projen's generated-file marker. */
export class ManagedSourceFile extends TextFile {
  constructor(project: Project, filePath: string, contents: string) {
    super(project, filePath, { lines: contents.replace(/\n$/, '').split('\n'), readonly: true });
  }

  public get marker(): string | undefined {
    if (!markers.has(this.project)) markers.set(this.project, super.marker);
    return markers.get(this.project);
  }

  protected synthesizeContent(resolver: IResolver): string | undefined {
    const body = super.synthesizeContent(resolver);
    return this.marker ? `// ${this.marker}\n${body}` : body;
  }
}
