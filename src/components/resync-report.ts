import * as fs from 'fs';
import * as path from 'path';
import { Component, FileBase, Project } from 'projen';

/** What a synthesis did to the project's managed files. */
export interface ResyncSummary {
  /** Managed files created or rewritten with new content. */
  readonly written: readonly string[];
  /** Managed files of the previous synthesis that are no longer produced (deleted). */
  readonly removed: readonly string[];
  /** Managed files whose content did not change. */
  readonly unchanged: number;
}

const FILE_MANIFEST = '.projen/files.json';

/**
 * Tells what `npx projen` changed: the managed files it wrote, removed and left unchanged. The summary line is
 * printed last, after dependencies are installed.
 *
 * projen deletes and rewrites every managed file, so without this component a resync that changes nothing would
 * still make every file look modified to tools that go by modification times: `tsc --build` (the build's compile
 * step) then type-checks the whole project again. keepTimesOfUnchangedFiles gives the unchanged files back their
 * times.
 */
export class ResyncReport extends Component {
  /** Content and times of every managed file before synthesis (projen deletes and rewrites them all). */
  private readonly before = new Map<string, { readonly content: string; readonly stats: fs.Stats }>();
  private previousFiles: string[] = [];

  constructor(project: Project) {
    super(project);
  }

  public preSynthesize(): void {
    this.before.clear();
    const manifest = path.join(this.project.outdir, FILE_MANIFEST);
    try {
      this.previousFiles = JSON.parse(fs.readFileSync(manifest, 'utf-8')).files ?? [];
    } catch {
      this.previousFiles = [];
    }
    for (const file of this.managedFiles()) {
      const content = this.read(file.path);
      if (content !== undefined) this.before.set(file.path, { content, stats: fs.statSync(this.absolute(file.path)) });
    }
  }

  /** Gives every managed file whose content the synthesis left as it was its modification time of before. */
  public keepTimesOfUnchangedFiles(): void {
    for (const file of this.managedFiles()) {
      const before = this.before.get(file.path);
      if (!before || !this.isUnchanged(file.path)) continue;
      try {
        fs.utimesSync(this.absolute(file.path), before.stats.atime, before.stats.mtime);
      } catch {
        // A file system that refuses the time: the file keeps projen's, and only the next compile is slower.
      }
    }
  }

  /** Available once the files are synthesized. */
  public summarize(): ResyncSummary {
    const files = this.managedFiles();
    const current = new Set(files.map((f) => f.path));
    const written = files.filter((f) => !this.isUnchanged(f.path)).map((f) => f.path);
    return {
      written: written.sort(),
      removed: this.previousFiles.filter((f) => !current.has(f) && this.read(f) === undefined).sort(),
      unchanged: files.length - written.length,
    };
  }

  /** One line, e.g. `secure-aws-stack: 2 files written (src/platform/settings.ts, …), 0 removed, 151 unchanged`. */
  public summaryLine(): string {
    const { written, removed, unchanged } = this.summarize();
    const list = (names: readonly string[]) => (names.length === 0 ? '' : ` (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''})`);
    const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
    return `secure-aws-stack: ${files(written.length)} written${list(written)}, ${removed.length} removed${list(removed)}, ${unchanged} unchanged`;
  }

  private managedFiles(): FileBase[] {
    return this.project.files.filter((f): f is FileBase => f instanceof FileBase);
  }

  /** Whether the file has the content it had before synthesis (or is still absent). */
  private isUnchanged(file: string): boolean {
    return this.read(file) === this.before.get(file)?.content;
  }

  private absolute(file: string): string {
    return path.join(this.project.outdir, file);
  }

  private read(file: string): string | undefined {
    try {
      return fs.readFileSync(this.absolute(file), 'utf-8');
    } catch {
      return undefined;
    }
  }
}
