/**
 * A queue for one writer's changes to storage: each change starts when the one before has ended (and
 * whether or not it failed), so two changes never read the same stored value and overwrite each other.
 */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
}
