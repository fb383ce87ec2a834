/** State that belongs to one loaded map beside its atlas: made the first time it is asked for, gone with the atlas. */
export function perAtlas<A extends object, T>(make: (atlas: A) => T): (atlas: A) => T {
  const made = new WeakMap<A, T>();
  return (atlas) => {
    let found = made.get(atlas);
    if (found === undefined) {
      found = make(atlas);
      made.set(atlas, found);
    }
    return found;
  };
}
