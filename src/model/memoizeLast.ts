// The memoisation the selectors use: one remembered call, as reselect's
// default, without its weight in the first view's script. Enough because each
// selector is asked about one view at a time; a second view (the panel's
// deferred one) gets its own selectors.

/**
 * The function, remembering its last arguments and result: called again with
 * the same arguments (compared with Object.is), it returns the same result
 * without running.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
