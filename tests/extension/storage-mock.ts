/** Extension storage (`storage.local`) in memory, for tests of what the background stores: every write in order. */
export function memoryStorage() {
  const store = new Map<string, unknown>();
  const writes: Array<{ set?: string[]; remove?: string[] }> = [];
  const pick = (keys: string | string[]) =>
    Object.fromEntries([keys].flat().flatMap((k) => (store.has(k) ? [[k, structuredClone(store.get(k))]] : [])));
  const storage = {
    local: {
      get: (keys: string | string[]) => Promise.resolve(pick(keys)),
      set: (items: Record<string, unknown>) => {
        writes.push({ set: Object.keys(items) });
        for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
        return Promise.resolve();
      },
      remove: (keys: string | string[]) => {
        writes.push({ remove: [keys].flat() });
        for (const k of [keys].flat()) store.delete(k);
        return Promise.resolve();
      },
    },
  };
  return { store, writes, storage };
}
