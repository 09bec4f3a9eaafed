/**
 * An instance's life as the load balancer sees it: whether it is ready for traffic, which
 * streams it holds open, and how it lets go of them when told to stop. Areas register
 * readiness checks (the database, the model's circuit breaker) and each open stream
 * registers its goodbye, so a shutdown can tell every browser to reconnect elsewhere
 * before the process exits.
 */

/** A readiness check: resolves to a reason the instance is not ready, or undefined when it is. */
export type ReadinessCheck = () => Promise<string | undefined> | string | undefined;

export interface Readiness {
  ready: boolean;
  /** Why not, one short sentence per failing check; never content or secrets. */
  reasons: string[];
}

/** How long a readiness check may take before it counts as failing. */
const CHECK_TIMEOUT_MS = 2_000;

export class Lifecycle {
  private stopping = false;
  private readonly checks = new Map<string, ReadinessCheck>();
  private readonly streams = new Set<() => void>();

  /** True once shutdown has begun: the instance is draining and no longer ready. */
  get closing(): boolean {
    return this.stopping;
  }

  addReadinessCheck(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  async readiness(): Promise<Readiness> {
    if (this.stopping) return { ready: false, reasons: ["shutting down"] };
    const reasons: string[] = [];
    await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<string>((resolve) => {
          timer = setTimeout(
            () => resolve(`${name}: no answer within ${CHECK_TIMEOUT_MS} ms`),
            CHECK_TIMEOUT_MS,
          );
        });
        try {
          const reason = await Promise.race([Promise.resolve().then(check), timeout]);
          if (reason) reasons.push(reason.startsWith(`${name}:`) ? reason : `${name}: ${reason}`);
        } catch (err) {
          reasons.push(`${name}: ${(err as Error).name}`);
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return { ready: reasons.length === 0, reasons: reasons.sort() };
  }

  /**
   * Registers an open stream. `goodbye` must send the client its last words (so it
   * reconnects, elsewhere) and end the stream. Returns the function that unregisters it,
   * to call when the stream ends on its own. A stream opened after shutdown began is
   * told goodbye at once.
   */
  trackStream(goodbye: () => void): () => void {
    if (this.stopping) {
      queueMicrotask(goodbye);
      return () => {};
    }
    this.streams.add(goodbye);
    return () => this.streams.delete(goodbye);
  }

  get openStreams(): number {
    return this.streams.size;
  }

  /** Begins shutdown: not ready any more, and every open stream is told to reconnect. */
  beginShutdown(): number {
    this.stopping = true;
    const open = [...this.streams];
    this.streams.clear();
    for (const goodbye of open) {
      try {
        goodbye();
      } catch {
        // A stream whose socket already broke has nothing left to say.
      }
    }
    return open.length;
  }
}

/** The SSE lines a stream sends on shutdown: reconnect soon (to another instance) and resume. */
export const SSE_GOODBYE = "retry: 1000\n: this server is restarting; reconnect to resume\n\n";
