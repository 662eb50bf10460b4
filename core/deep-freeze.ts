/**
 * Freezes a value and everything in it. Shared answers are frozen so that whoever renders one cannot
 * change it for the next asker (a change throws rather than leaks), and so a frozen body can be
 * serialised once and sent many times.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
