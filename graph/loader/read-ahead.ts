/**
 * What `read` gives for each item, in the items' order, with up to `ahead` reads under way: reading
 * overlaps loading while memory stays flat whatever the number of items. A failed read surfaces when its
 * turn comes.
 */
export async function* readAheadInOrder<T, R>(
  items: readonly T[],
  read: (item: T) => Promise<R>,
  ahead = 16,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < ahead && next < items.length) {
      const reading = read(items[next++] as T);
      reading.catch(() => {});
      pending.push(reading);
    }
  };
  fill();
  while (pending.length > 0) {
    const value = await (pending.shift() as Promise<R>);
    fill();
    yield value;
  }
}
