import { describe, expect, it } from 'vitest';
import { readManagedStorage, type ManagedStorageApi } from '../../utils/managed-policy';

const withManaged = (managed: ManagedStorageApi['storage']['managed']): ManagedStorageApi => ({
  storage: { managed },
});

describe('readManagedStorage', () => {
  it('returns what storage.managed holds', async () => {
    const api = withManaged({ get: () => Promise.resolve({ region: 'GB' }) });
    expect(await readManagedStorage(api)).toEqual({ region: 'GB' });
  });

  it('treats a rejection (Firefox with no policy) as no policy', async () => {
    const api = withManaged({ get: () => Promise.reject(new Error('Managed storage manifest not found')) });
    expect(await readManagedStorage(api)).toEqual({});
  });

  it('treats a synchronous throw as no policy', async () => {
    const api = withManaged({
      get: () => {
        throw new Error('not implemented');
      },
    });
    expect(await readManagedStorage(api)).toEqual({});
  });

  it('treats a browser without the area as no policy', async () => {
    expect(await readManagedStorage(withManaged(undefined))).toEqual({});
  });
});
