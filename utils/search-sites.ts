/** Case- and accent-insensitive search over platform names, ids and hosts, for the guide. */
export interface Searchable {
  id: string;
  name: string;
  hosts?: readonly string[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

export function searchSites<T extends Searchable>(sites: readonly T[], query: string): T[] {
  const q = fold(query);
  if (q === '') return [...sites];
  return sites.filter((site) =>
    [site.name, site.id, ...(site.hosts ?? [])].some((field) => fold(field).includes(q)),
  );
}
