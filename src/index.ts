export * from './ci/ci-options';
export * from './guardrails/guardrail-options';
export * from './options';
export * from './org/org-fit-options';
export * from './project';
export * from './security-contact-options';
export * from './tagging/tagging-options';
export * from './upgrades/upgrade-options';
