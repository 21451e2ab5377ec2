/**
 * Documents handed out by the store are frozen: a service that changes one in
 * place (instead of going through update*) would otherwise alter memory without
 * saving. Frozen, that bug throws at once in strict-mode code.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
