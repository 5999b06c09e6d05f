import { createHash } from 'crypto';

/**
 * Fits a name into a length limit (ALB and target group names: 32 characters) deterministically: names that fit are
 * kept, longer ones are cut and end with a short hash of the full name, so that two long names stay distinct.
 */
export function boundedName(name: string, maxLength: number): string {
  if (name.length <= maxLength) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  const head = name.slice(0, maxLength - hash.length - 1).replace(/-+$/, '');
  return `${head}-${hash}`;
}
