/**
 * `npm run new-site -- <id>`: a new registry entry shaped like the others, which fails validation
 * (naming each field) until a volunteer fills it in from sources they read.
 */
export function scaffoldEntry(id: string, today: string) {
  return {
    id,
    name: '',
    hosts: ['TODO.example'],
    privacySteps: [{ text: '', path: '' }],
    familyTools: [],
    reporting: { url: '', path: '' },
    youngPersonTips: [],
    confidence: 'TODO: official | partly-official | third-party',
    sources: [],
    reviewed: today,
  };
}

const GUIDE = `// New platform: fill in every field from sources you read (the platform's own help pages first).
// Leave out a field rather than guess it; see docs/CONTRIBUTING-REGISTRY.md and utils/registry-schema.ts.
// \`npm test\` names each field that still needs work.
`;

export function renderScaffold(id: string, today: string): string {
  const body = JSON.stringify(scaffoldEntry(id, today), null, 2).replace(/"([A-Za-z]+)":/g, '$1:');
  return `${GUIDE}import type { SiteEntry } from '../../utils/registry-schema';\n\nexport default ${body} as unknown as SiteEntry;\n`;
}

const identifier = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Adds the new file to content/sites/index.ts: its import and its place in the list, both sorted. */
export function addToIndex(indexSource: string, id: string): string {
  const name = identifier(id);
  const lines = indexSource.split('\n');
  const imports = lines.filter((l) => /^import \w+ from '\.\/[\w-]+';$/.test(l));
  const newImport = `import ${name} from './${id}';`;
  if (imports.includes(newImport)) throw new Error(`${id} is already in the registry index`);
  const sortedImports = [...imports, newImport].sort((a, b) => a.localeCompare(b));
  let out = indexSource.replace(imports.join('\n'), sortedImports.join('\n'));
  out = out.replace(
    /(registry: readonly SiteEntry\[\] = \[\n)([\s\S]*?)(\n\];)/,
    (_, open: string, items: string, close: string) => {
      const names = [
        ...items
          .split('\n')
          .map((l) => l.trim().replace(/,$/, ''))
          .filter(Boolean),
        name,
      ];
      return `${open}${names
        .sort((a, b) => a.localeCompare(b))
        .map((n) => `  ${n},`)
        .join('\n')}${close}`;
    },
  );
  return out;
}
