// Generated from src/kernel/globs.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/globs.ts there).
/** Shell-style patterns where `*` stands for any characters (none included) and everything else for itself. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`);
}

export function globMatches(glob: string, subject: string): boolean {
  return globToRegExp(glob).test(subject);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
}
