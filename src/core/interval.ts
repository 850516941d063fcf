/**
 * Periodic background work: `fn` runs `ms` after the previous run ended (runs never overlap), on an
 * unref'd timer (it never keeps a process alive), errors go to `onError` (a failed run is logged,
 * the next one still comes), and stop() waits for a run in flight, so the caller can close what the
 * run uses (the database) right after.
 */
export interface Every {
  /** Run now rather than at the next tick; during a run, run again as soon as it ends. */
  kick(): void;
  stop(): Promise<void>;
}

export function every(ms: number, fn: () => Promise<unknown>, onError: (err: unknown) => void): Every {
  let stopped = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref();
  };
  const tick = () => {
    if (running || stopped) return;
    again = false;
    running = fn()
      .then(() => undefined)
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (!stopped) schedule(again ? 0 : ms);
      });
  };
  schedule(ms);
  return {
    kick() {
      if (stopped) return;
      if (running) again = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
