/**
 * Whether `list` begins with the items of `prefix`, in order, compared by identity: how the
 * incremental readers of pages and ids tell "more of the same list" from "a new list".
 */
export function hasPrefix<T>(list: readonly T[], prefix: readonly T[]): boolean {
  return list.length >= prefix.length && prefix.every((item, i) => list[i] === item);
}
