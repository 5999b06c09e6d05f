/** What `npx projen add` puts into `src/main.ts` for one component. */
export interface ComponentWiring {
  /** The import of the component, e.g. `import { OrdersQueue } from './components/orders';`. */
  readonly importLine: string;
  /** The statement that adds the component to the selected stacks, placed before `return app;` of createApp. */
  readonly statement: string;
}

export type MainTsEdit =
  | { readonly kind: 'edited'; readonly content: string }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly reason: string; readonly linesToAdd: readonly string[] };

const PLATFORM_IMPORT = /^import \{([^}]*)\} from '\.\/platform';$/m;
const PLATFORM_CALL = /^([ \t]+)(?:const (\w+) = )?createPlatformStacks\(app, settings\);$/m;
const RETURN_APP = /^[ \t]+return app;$/m;
const SELECTION_HELPER = 'regionalStacks';
const PLATFORM_VARIABLE = 'platform';
/** The generated repository's eslint allows 150 characters a line. */
const MAX_LINE_LENGTH = 150;

/**
 * The statement that adds a component to the regional stacks of the selected environments and regions (all when
 * omitted), given the name of the variable that holds createPlatformStacks' result.
 */
export function wiringStatement(
  platformVariable: string,
  construct: string,
  id: string,
  selection: { environments?: readonly string[]; regions?: readonly string[] },
): string {
  const parts: string[] = [];
  if (selection.environments) parts.push(`environments: ${literalList(selection.environments)}`);
  if (selection.regions) parts.push(`regions: ${literalList(selection.regions)}`);
  const select = parts.length > 0 ? `${platformVariable}, { ${parts.join(', ')} }` : platformVariable;
  return `for (const stack of ${SELECTION_HELPER}(${select})) new ${construct}(stack, ${quote(id)});`;
}

/**
 * Adds a component to `src/main.ts` with a precise edit: the import after the last import, `regionalStacks` to the
 * import from './platform', the result of `createPlatformStacks(app, settings)` kept in a variable, and the statement
 * before `return app;`. Applying it twice changes nothing. When the file no longer has the shape the edit relies on,
 * nothing is edited: the result names what is missing and lists the lines to add by hand.
 */
export function wireComponent(source: string, wiring: (platformVariable: string) => ComponentWiring): MainTsEdit {
  const call = PLATFORM_CALL.exec(source);
  const platformVariable = call?.[2] ?? PLATFORM_VARIABLE;
  const { importLine, statement } = wiring(platformVariable);
  const missing: string[] = [];
  if (!call) missing.push('the statement `createPlatformStacks(app, settings);` (run `npx projen migrate` if it still says buildPlatform)');
  const platformImport = PLATFORM_IMPORT.exec(source);
  if (!platformImport) missing.push("the import `import { createPlatformStacks } from './platform';`");
  const afterCall = call ? source.slice(call.index) : '';
  const returnApp = RETURN_APP.exec(afterCall);
  if (call && !returnApp) missing.push('`return app;` after createPlatformStacks in createApp');
  if (missing.length > 0 || !call || !platformImport || !returnApp) {
    return {
      kind: 'refused',
      reason: `src/main.ts was restructured: cannot find ${missing.join(', ')}`,
      linesToAdd: [importLine, `import { ${SELECTION_HELPER} } from './platform';`, `const ${platformVariable} = createPlatformStacks(app, settings);`, statement],
    };
  }
  const indent = call[1];
  const block = statementBlock(statement, indent);
  const hasImport = source.split('\n').includes(importLine);
  const hasStatement = source.includes(block);
  if (hasImport && hasStatement) return { kind: 'unchanged' };

  let content = source;
  if (!hasStatement) {
    const returnAt = call.index + returnApp.index;
    content = `${content.slice(0, returnAt)}${block}${content.slice(returnAt)}`;
  }
  if (!call[2]) {
    content = content.replace(PLATFORM_CALL, `${indent}const ${PLATFORM_VARIABLE} = createPlatformStacks(app, settings);`);
  }
  const names = platformImport[1].split(',').map((n) => n.trim()).filter((n) => n.length > 0);
  if (!names.includes(SELECTION_HELPER)) {
    content = content.replace(PLATFORM_IMPORT, `import { ${[...names, SELECTION_HELPER].sort().join(', ')} } from './platform';`);
  }
  if (!hasImport) {
    content = insertImport(content, importLine);
  }
  return { kind: 'edited', content };
}

/** The statement as lines of the file; one that would pass the 150 characters eslint allows is broken up. */
function statementBlock(statement: string, indent: string): string {
  const form = /^for \(const stack of regionalStacks\((\w+), \{ (.*) \}\)\) (new .*;)$/.exec(statement);
  if (indent.length + statement.length <= MAX_LINE_LENGTH || !form) return `${indent}${statement}\n`;
  const [, platformVariable, selection, construction] = form;
  const inner = `${indent}  `;
  return [
    `${indent}for (const stack of regionalStacks(${platformVariable}, {`,
    ...selection.split(/, (?=regions:)/).map((part) => `${inner}${part},`),
    `${indent}})) {`,
    `${inner}${construction}`,
    `${indent}}`,
    '',
  ].join('\n');
}

function literalList(values: readonly string[]): string {
  return `[${values.map(quote).join(', ')}]`;
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Inserts an import among the relative imports in module-path order (eslint's import/order), else after the last import. */
function insertImport(content: string, importLine: string): string {
  const modulePath = (line: string) => /^import .* from '([^']+)';$/.exec(line)?.[1];
  const newPath = modulePath(importLine)!.toLowerCase();
  const lines = content.split('\n');
  const before = lines.findIndex((line) => {
    const path = modulePath(line);
    return path !== undefined && path.startsWith('.') && path.toLowerCase() > newPath;
  });
  const lastImport = lines.reduce((last, line, index) => (modulePath(line) !== undefined ? index : last), -1);
  lines.splice(before >= 0 ? before : lastImport + 1, 0, importLine);
  return lines.join('\n');
}
