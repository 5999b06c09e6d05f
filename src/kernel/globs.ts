/**
 * Shell-style patterns where `*` stands for any characters (none included) and everything else for itself;
 * `flags` are those of `RegExp` (`i` for IAM actions, which AWS compares case-insensitively).
 */
export function globToRegExp(glob: string, flags = ''): RegExp {
  return new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`, flags);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
}
