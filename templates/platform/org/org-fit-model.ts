/**
 * How an environment fits its AWS organisation: who provides the account-level security services, where its
 * DNS zone lives, how CI reaches it and where its addresses come from. Part of `settings.ts` (see settings-model.ts);
 * the model is the domain kernel's (`kernel/org-fit-model.ts`), re-exported here.
 */
export * from '../kernel/org-fit-model';
