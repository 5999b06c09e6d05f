// Generated from src/kernel/account-ids.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/account-ids.ts there).
/** An AWS account id: exactly 12 digits. */
export const ACCOUNT_ID = /^\d{12}$/;

/**
 * The stand-in account id of the `index`-th environment when none is given (`111111111111`, `222222222222`, …): the
 * default repository plans offline with them, and the providers' `allowed_account_ids` keeps them from deploying.
 */
export function placeholderAccountId(index: number): string {
  return String((index % 9) + 1).repeat(12);
}

/** Whether an account id is one of those stand-ins (twelve times the same digit 1 to 9): never deployed. */
export function isPlaceholderAccountId(accountId: string): boolean {
  return /^([1-9])\1{11}$/.test(accountId);
}
