/** Stands in for is-potential-custom-element-name in the content-script build (see wxt.config.ts). */
export default function isPotentialCustomElementName(name: string): boolean {
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(name);
}
