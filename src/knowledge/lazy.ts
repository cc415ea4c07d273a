/**
 * Properties made at their first read. A cold `briefbot ask` compiles the packs for one
 * question, and about half of the regular expressions they hold were never run on it: V8
 * parses a pattern as it is made (its \p{…} classes through ICU, its case closure), so each
 * is made only when a rule first reads it, then kept as a plain value.
 */
export function withLazy<T extends object, L extends object>(
  target: T,
  makers: { [K in keyof L]: () => L[K] },
): T & L {
  for (const key of Object.keys(makers) as (keyof L & string)[]) {
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = makers[key]();
        Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
    });
  }
  return target as T & L;
}
