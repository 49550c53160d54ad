import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { parsePolicy } from '../../utils/policy';
import {
  CHROME,
  EDGE,
  TEMPLATE_SETS,
  generatePolicyTemplates,
  policyKey,
  type SchemaNode,
} from '../../utils/policy-templates';
import { findAll, parseXml, type XmlElement } from './fixtures/xml';

/**
 * docs/policy-templates/ against public/managed_schema.json: regenerated and compared, well-formed, every
 * schema key present with its type, every string and presentation defined, and the example policy, set
 * through the template's definitions into a simulated registry and read back the way Chrome reads it,
 * reaches Streamwise unchanged.
 */

const root = join(import.meta.dirname, '..', '..');
const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');
const schema = JSON.parse(read('public', 'managed_schema.json')) as SchemaNode;
const properties = schema.properties!;
const reference = JSON.parse(read('docs', 'examples', 'chrome-policy.json')) as Record<string, unknown>;
const siteIds = registry.map((s) => s.id);

const committed = TEMPLATE_SETS.map((set) => ({
  set,
  admxText: read('docs', 'policy-templates', `${set.baseName}.admx`),
  admlText: read('docs', 'policy-templates', 'en-US', `${set.baseName}.adml`),
}));

const attr = (element: XmlElement, name: string) => element.attrs[name];
const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);

describe('docs/policy-templates', () => {
  it.each(committed)('$set.baseName is what npm run policy:templates generates now', (file) => {
    const { admx, adml } = generatePolicyTemplates(schema, file.set);
    expect(file.admxText).toBe(admx);
    expect(file.admlText).toBe(adml);
  });

  it.each(committed)(
    '$set.baseName: both files are well-formed XML with the PolicyDefinitions root',
    (file) => {
      const admx = parseXml(file.admxText);
      const adml = parseXml(file.admlText);
      expect(admx.name).toBe('policyDefinitions');
      expect(adml.name).toBe('policyDefinitionResources');
      for (const doc of [admx, adml]) {
        expect(attr(doc, 'xmlns')).toBe('http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions');
      }
    },
  );

  it.each(committed)(
    '$set.baseName: every string, presentation and category it refers to is defined',
    (file) => {
      const admx = parseXml(file.admxText);
      const adml = parseXml(file.admlText);
      const strings = new Set(findAll(adml, 'string').map((s) => attr(s, 'id')));
      const presentations = new Map(findAll(adml, 'presentation').map((p) => [attr(p, 'id'), p]));
      const categories = new Set(findAll(admx, 'category').map((c) => attr(c, 'name')));
      const refs = [...file.admxText.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(strings, ref).toContain(ref);
      for (const parent of findAll(admx, 'parentCategory')) {
        expect(categories).toContain(attr(parent, 'ref'));
      }
      const names = findAll(admx, 'policy').map((p) => attr(p, 'name'));
      expect(new Set(names).size).toBe(names.length);
      for (const policy of findAll(admx, 'policy')) {
        expect(attr(policy, 'name')).toMatch(/^[A-Za-z0-9_]+$/);
        const ref = /^\$\(presentation\.(.+)\)$/.exec(attr(policy, 'presentation') ?? '')?.[1];
        const elements = child(policy, 'elements')?.children ?? [];
        if (ref === undefined) {
          expect(elements).toEqual([]);
          continue;
        }
        const presentation = presentations.get(ref);
        expect(presentation, ref).toBeDefined();
        // Each control of the presentation points at an element of the policy.
        const ids = elements.map((e) => attr(e, 'id'));
        for (const control of presentation!.children) expect(ids).toContain(attr(control, 'refId'));
      }
    },
  );

  /** Where a policy writes, relative to the extension's policy key: subkeys, then the value name. */
  function policiesOf(admx: XmlElement, browser: typeof CHROME) {
    const base = policyKey(browser);
    return findAll(admx, 'policy')
      .filter((p) => attr(p, 'name')!.startsWith(`${browser.id}_`))
      .map((policy) => {
        const key = attr(policy, 'key')!;
        expect(key.startsWith(base)).toBe(true);
        const element = child(policy, 'elements')?.children[0];
        const listKey = element?.name === 'list' ? attr(element, 'key')! : undefined;
        const path = [
          ...(listKey ?? key).slice(base.length).split('\\').filter(Boolean),
          ...(listKey ? [] : [attr(element ?? policy, 'valueName')!]),
        ];
        return { policy, element, path };
      });
  }

  it.each(committed)('$set.baseName: every schema key is there, for each browser, with its type', (file) => {
    const admx = parseXml(file.admxText);
    for (const browser of file.set.browsers) {
      const byPath = new Map(policiesOf(admx, browser).map((p) => [p.path.join('.'), p]));
      const expectNode = (path: string[], node: SchemaNode) => {
        if (node.type === 'object' && node.properties) {
          for (const [name, sub] of Object.entries(node.properties)) expectNode([...path, name], sub);
          return;
        }
        const found = byPath.get(path.join('.'));
        expect(found, `${browser.id} ${path.join('.')}`).toBeDefined();
        const { policy, element } = found!;
        switch (node.type) {
          case 'boolean':
            expect(child(policy, 'enabledValue')?.children[0]?.attrs).toEqual({ value: '1' });
            expect(child(policy, 'disabledValue')?.children[0]?.attrs).toEqual({ value: '0' });
            break;
          case 'string':
            if (node.enum) {
              expect(element?.name).toBe('enum');
              expect(findAll(element!, 'string').map((s) => s.text)).toEqual(node.enum);
            } else expect(element?.name).toBe('text');
            break;
          case 'array':
            expect(element?.name).toBe('list');
            expect(attr(element!, 'valuePrefix')).toBe('');
            break;
          case 'object':
            expect(element?.name).toBe('list');
            expect(attr(element!, 'explicitValue')).toBe('true');
            break;
          default:
            throw new Error(`unexpected type ${node.type}`);
        }
        byPath.delete(path.join('.'));
      };
      for (const [name, node] of Object.entries(properties)) expectNode([name], node);
      expect([...byPath.keys()], 'policies without a schema key').toEqual([]);
    }
  });

  it('streamwise covers Chrome and Edge at their 3rdparty keys; streamwise-chrome (for Intune) only Chrome', () => {
    const keys = (text: string) => new Set(findAll(parseXml(text), 'policy').map((p) => attr(p, 'key')));
    const both = keys(committed[0]!.admxText);
    expect(both).toContain(
      'Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\<CHROME_EXTENSION_ID>\\policy',
    );
    expect(both).toContain(
      'Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\<EDGE_EXTENSION_ID>\\policy',
    );
    const chromeOnly = [...keys(committed[1]!.admxText)];
    expect(chromeOnly.every((k) => k!.startsWith('Software\\Policies\\Google\\Chrome\\'))).toBe(true);
  });

  it('takes real ids when given (npm run policy:templates -- --chrome-id … --edge-id …)', () => {
    const id = 'ehpknkchjfkmeajnmmikdlninlejjkgf';
    const { admx } = generatePolicyTemplates(schema, {
      baseName: 'x',
      namespace: 'X',
      browsers: [{ ...EDGE, extensionId: id }],
    });
    expect(admx).toContain(`key="Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy"`);
    expect(admx).not.toContain('EXTENSION_ID');
  });

  it('the example policy, set through the template into a registry and read back as Chrome does, arrives whole', () => {
    const admx = parseXml(committed[0]!.admxText);
    for (const browser of [CHROME, EDGE]) {
      // The registry: key path → value name → REG_SZ text or DWORD.
      const registryValues = new Map<string, Map<string, string | number>>();
      const set = (key: string, name: string, value: string | number) => {
        if (!registryValues.has(key)) registryValues.set(key, new Map());
        registryValues.get(key)!.set(name, value);
      };
      const base = policyKey(browser);
      for (const { policy, element, path } of policiesOf(admx, browser)) {
        const value = path.reduce<unknown>(
          (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
          reference,
        );
        if (value === undefined) continue; // Not configured.
        if (element === undefined)
          set(attr(policy, 'key')!, attr(policy, 'valueName')!, value === true ? 1 : 0);
        else if (element.name === 'enum') {
          expect(findAll(element, 'string').map((s) => s.text)).toContain(value);
          set(attr(policy, 'key')!, attr(element, 'valueName')!, value as string);
        } else if (element.name === 'text')
          set(attr(policy, 'key')!, attr(element, 'valueName')!, value as string);
        else if (attr(element, 'explicitValue') === 'true') {
          for (const [k, v] of Object.entries(value as object)) set(attr(element, 'key')!, k, v as string);
        } else (value as string[]).forEach((v, i) => set(attr(element, 'key')!, String(i + 1), v));
      }
      // Chrome's reading (registry_dict.cc): by the schema's type, subkeys become objects and lists.
      const readNode = (key: string, name: string, node: SchemaNode): unknown => {
        const values = registryValues.get(key);
        if (node.type === 'boolean') return values?.has(name) ? values.get(name) !== 0 : undefined;
        if (node.type === 'string') return values?.get(name);
        const sub = registryValues.get(`${key}\\${name}`);
        if (node.type === 'array') {
          const list: unknown[] = [];
          for (let i = 1; sub?.has(String(i)); i++) list.push(sub.get(String(i)));
          return sub ? list : undefined;
        }
        if (node.properties) {
          const entries = Object.entries(node.properties)
            .map(([k, n]) => [k, readNode(`${key}\\${name}`, k, n)] as const)
            .filter(([, v]) => v !== undefined);
          return entries.length ? Object.fromEntries(entries) : undefined;
        }
        return sub ? Object.fromEntries(sub) : undefined;
      };
      const policy = Object.fromEntries(
        Object.entries(properties)
          .map(([name, node]) => [name, readNode(base, name, node)] as const)
          .filter(([, v]) => v !== undefined),
      );
      expect(policy).toEqual(reference);
      expect(parsePolicy(policy, siteIds).notices).toEqual([]);
    }
  });
});

describe('the XML checker used above', () => {
  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a stray closing tag', '<a></a></b>'],
    ['two roots', '<a/><b/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['a bare ampersand', '<a>Tom & Jerry</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['"<" in an attribute', '<a x="<"/>'],
    ['text after the root', '<a/>x'],
    ['a malformed declaration', '<?xml version=1.0?><a/>'],
    ['a double hyphen in a comment', '<a><!-- a -- b --></a>'],
    ['nothing', ''],
  ])('rejects %s', (_name, text) => {
    expect(() => parseXml(text)).toThrow();
  });

  it('reads what is well-formed, entities decoded', () => {
    const doc = parseXml(
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><a x="&lt;1&gt;">t &amp; u<b/>&#233;</a>\n',
    );
    expect(doc).toEqual({
      name: 'a',
      attrs: { x: '<1>' },
      text: 't & ué',
      children: [{ name: 'b', attrs: {}, children: [], text: '' }],
    });
  });
});
