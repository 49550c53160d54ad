/**
 * Windows administrative templates (ADMX + en-US ADML) for Streamwise's policy in Chrome and Edge, built
 * from `public/managed_schema.json` so the two never drift (`npm run policy:templates` writes them to
 * `docs/policy-templates/`; a unit test regenerates and compares).
 *
 * Each policy writes the registry value Chrome and Edge read for an extension:
 * `Software\Policies\<browser>\3rdparty\extensions\<id>\policy\<name>`. Types map as Chromium's own
 * `components/policy/tools/generate_extension_admx.py` maps them, and as `registry_dict.cc` reads them back
 * by the schema:
 * - boolean: a DWORD, 1 (Enabled) or 0 (Disabled);
 * - string: REG_SZ, a drop-down list when the schema has an `enum`;
 * - array of strings: a subkey `<name>` with values named 1, 2, 3… in order (a list box);
 * - object with `properties` (contact, recommended): a subcategory, one policy per property under the
 *   subkey `<name>`;
 * - object with `additionalProperties` (siteNotes): a subkey `<name>` whose value names are the keys and
 *   whose data are the texts (a list box with explicit value names).
 * No JSON text is needed anywhere; the JSON-in-REG_SZ form in `docs/examples/edge-windows.reg` reaches the
 * same values. Pure: no file access.
 */

export interface SchemaNode {
  type: string;
  title?: string;
  description?: string;
  enum?: readonly (string | number)[];
  pattern?: string;
  items?: SchemaNode;
  properties?: Readonly<Record<string, SchemaNode>>;
  additionalProperties?: SchemaNode;
  required?: readonly string[];
}

export interface TemplateBrowser {
  /** Letters only: used in policy and category names. */
  id: string;
  name: string;
  /** The browser's policy key under HKLM/HKCU, without the 3rdparty part. */
  policiesKey: string;
  extensionId: string;
}

export interface TemplateOptions {
  /** The file's base name, also its namespace's last part. */
  baseName: string;
  namespace: string;
  browsers: readonly TemplateBrowser[];
}

/** The store ids are not known yet: the placeholders docs/deploy.md tells admins to replace. */
export const CHROME_EXTENSION_ID = '<CHROME_EXTENSION_ID>';
export const EDGE_EXTENSION_ID = '<EDGE_EXTENSION_ID>';

export const CHROME: TemplateBrowser = {
  id: 'Chrome',
  name: 'Google Chrome',
  policiesKey: 'Software\\Policies\\Google\\Chrome',
  extensionId: CHROME_EXTENSION_ID,
};
export const EDGE: TemplateBrowser = {
  id: 'Edge',
  name: 'Microsoft Edge',
  policiesKey: 'Software\\Policies\\Microsoft\\Edge',
  extensionId: EDGE_EXTENSION_ID,
};

/**
 * The committed templates: `streamwise` for Group Policy (Chrome and Edge), and `streamwise-chrome` for
 * Intune's ADMX import, which refuses policies under `Software\Policies\Microsoft` (Edge's key).
 */
export const TEMPLATE_SETS: readonly TemplateOptions[] = [
  { baseName: 'streamwise', namespace: 'Streamwise.Policies', browsers: [CHROME, EDGE] },
  { baseName: 'streamwise-chrome', namespace: 'Streamwise.Policies.Chrome', browsers: [CHROME] },
];

/** The extension's policy key for one browser. */
export function policyKey(browser: TemplateBrowser): string {
  return `${browser.policiesKey}\\3rdparty\\extensions\\${browser.extensionId}\\policy`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** ADMX names allow letters, digits and underscores. */
const toId = (text: string) => text.replace(/[^0-9A-Za-z]+/g, '_');

const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const XMLNS = `xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${NS}"`;

interface Collected {
  categories: string[];
  policies: string[];
  strings: Map<string, string>;
  presentations: Map<string, string>;
}

function addString(out: Collected, id: string, text: string): string {
  const existing = out.strings.get(id);
  if (existing !== undefined && existing !== text) throw new Error(`string ${id} has two texts`);
  out.strings.set(id, text);
  return `$(string.${id})`;
}

function addCategory(out: Collected, name: string, displayId: string, display: string, parent?: string) {
  const attrs = `name="${name}" displayName="${addString(out, displayId, display)}"`;
  out.categories.push(
    parent === undefined
      ? `    <category ${attrs} />`
      : `    <category ${attrs}>\n      <parentCategory ref="${parent}" />\n    </category>`,
  );
}

/** One policy for one schema property; objects with fixed properties become a subcategory instead. */
function addPolicy(
  out: Collected,
  browser: TemplateBrowser,
  path: readonly string[],
  node: SchemaNode,
  category: string,
  key: string,
  inherited: string | undefined,
): void {
  const name = path[path.length - 1]!;
  const id = toId(path.join('_'));
  const title = node.title ?? name;
  if (node.type === 'object' && node.properties) {
    const sub = `${category}_${toId(name)}`;
    addCategory(out, sub, id, title, category);
    for (const [child, childNode] of Object.entries(node.properties)) {
      addPolicy(out, browser, [...path, child], childNode, sub, `${key}\\${name}`, node.description);
    }
    return;
  }
  const explain = node.description ?? inherited ?? title;
  const head = (presentation: boolean, extra = '') =>
    `    <policy name="${browser.id}_${id}" class="Both" displayName="${addString(out, id, title)}" explainText="${addString(out, `${id}_Explain`, explain)}"${presentation ? ` presentation="$(presentation.${id})"` : ''} key="${escapeXml(key)}"${extra}>\n` +
    `      <parentCategory ref="${category}" />\n      <supportedOn ref="SUPPORTED_WIN7" />\n`;
  const part = `${id}_Part`;
  let body: string;
  let presentation: string | undefined;
  if (node.type === 'boolean') {
    out.policies.push(
      `${head(false, ` valueName="${escapeXml(name)}"`)}` +
        `      <enabledValue>\n        <decimal value="1" />\n      </enabledValue>\n` +
        `      <disabledValue>\n        <decimal value="0" />\n      </disabledValue>\n    </policy>`,
    );
    return;
  } else if (node.type === 'string' && node.enum) {
    const items = node.enum
      .map((value) => {
        const text = String(value);
        const display = addString(out, `${id}_${toId(text)}`, text);
        return `          <item displayName="${display}">\n            <value>\n              <string>${escapeXml(text)}</string>\n            </value>\n          </item>`;
      })
      .join('\n');
    body = `        <enum id="${part}" valueName="${escapeXml(name)}" required="true">\n${items}\n        </enum>`;
    presentation = `<dropdownList refId="${part}" noSort="true">${escapeXml(title)}</dropdownList>`;
  } else if (node.type === 'string') {
    body = `        <text id="${part}" valueName="${escapeXml(name)}" required="true" />`;
    presentation = `<textBox refId="${part}">\n        <label>${escapeXml(title)}</label>\n      </textBox>`;
  } else if (node.type === 'array' && node.items?.type === 'string') {
    body = `        <list id="${part}" key="${escapeXml(`${key}\\${name}`)}" valuePrefix="" />`;
    presentation = `<listBox refId="${part}">${escapeXml(title)}</listBox>`;
  } else if (node.type === 'object' && node.additionalProperties?.type === 'string') {
    body = `        <list id="${part}" key="${escapeXml(`${key}\\${name}`)}" explicitValue="true" />`;
    presentation = `<listBox refId="${part}">${escapeXml(title)}</listBox>`;
  } else {
    throw new Error(`${path.join('.')}: no ADMX form for type ${node.type}`);
  }
  out.presentations.set(id, `    <presentation id="${id}">\n      ${presentation}\n    </presentation>`);
  out.policies.push(`${head(true)}      <elements>\n${body}\n      </elements>\n    </policy>`);
}

/** The ADMX and en-US ADML text for the schema, one category per browser. */
export function generatePolicyTemplates(
  schema: SchemaNode,
  options: TemplateOptions,
): { admx: string; adml: string } {
  if (schema.type !== 'object' || !schema.properties) throw new Error('the schema must be an object');
  const out: Collected = { categories: [], policies: [], strings: new Map(), presentations: new Map() };
  const root = 'Streamwise';
  addString(out, 'SUPPORTED_WIN7', 'Microsoft Windows 7 or later');
  addCategory(out, root, root, 'Streamwise');
  for (const browser of options.browsers) {
    const category = `${root}_${browser.id}`;
    addCategory(out, category, category, `Streamwise in ${browser.name}`, root);
    for (const [name, node] of Object.entries(schema.properties)) {
      addPolicy(out, browser, [name], node, category, policyKey(browser), undefined);
    }
  }

  const admx = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Generated from public/managed_schema.json by npm run policy:templates. Do not edit by hand. -->`,
    `<policyDefinitions ${XMLNS}>`,
    '  <policyNamespaces>',
    `    <target prefix="streamwise" namespace="${options.namespace}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_WIN7" displayName="$(string.SUPPORTED_WIN7)" />',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    ...out.categories,
    '  </categories>',
    '  <policies>',
    ...out.policies,
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');

  const adml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Generated from public/managed_schema.json by npm run policy:templates. Do not edit by hand. -->`,
    `<policyDefinitionResources ${XMLNS}>`,
    '  <displayName>Streamwise</displayName>',
    `  <description>${escapeXml(schema.description ?? 'Streamwise')}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...[...out.strings].map(([id, text]) => `      <string id="${id}">${escapeXml(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...[...out.presentations.values()].map((p) => p.replace(/^/gm, '  ')),
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
  return { admx, adml };
}
