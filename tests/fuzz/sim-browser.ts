/**
 * The harness's handle on one simulated browser: starts its thread (browser-thread.ts) with
 * the storage it kept, sends it commands, keeps every storage write it streams (so a thread
 * that dies loses only its memory), and notes what it queued and whether it has heard the
 * server's time since its clock was last set.
 */
import { Worker } from 'node:worker_threads';
import type { Change } from '../../shared/register';
import type {
  BrowserData,
  BrowserState,
  Command,
  FromBrowser,
  LateRequest,
  ToBrowser,
} from './protocol';

/** A change queued by a browser, with when (simulated) and whether its clock was right. */
export interface QueuedChange {
  change: Change;
  browser: number;
  at: number;
  /** The browser had heard the server's time since its clock last changed. */
  informed: boolean;
}

export interface Harness {
  /** The entry a thread starts from (a bundle of browser-thread.ts, see browser-bundle.ts). */
  threadEntry: string;
  serverUrl: string;
  noOffset: boolean;
  now(): number;
  onQueued(queued: QueuedChange): void;
  onLate(request: LateRequest): void;
}

/** A command's outcome: its result, or the thread died while running it. */
export type Outcome<T> = { died: false; result: T } | { died: true };

export class SimBrowser {
  private storage: Record<string, unknown> = {};
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (outcome: Outcome<unknown>) => void>();
  private failure: Error | null = null;
  /** Heard the server's time since the clock last changed. */
  informed = false;
  deaths = 0;

  constructor(
    readonly index: number,
    public skew: number,
    private readonly harness: Harness,
  ) {}

  private async start(): Promise<Worker> {
    const data: BrowserData = {
      serverUrl: this.harness.serverUrl,
      storage: structuredClone(this.storage),
      now: this.harness.now(),
      skew: this.skew,
      noOffset: this.harness.noOffset,
    };
    const worker = new Worker(new URL(this.harness.threadEntry), { workerData: data });
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromBrowser) => {
        if (message.type === 'ready') resolve();
        else this.receive(worker, message);
      });
      worker.once('error', (error) => {
        this.failure = error;
        reject(error);
        for (const settle of this.pending.values()) settle({ died: true });
      });
    });
    this.worker = worker;
    return worker;
  }

  private receive(worker: Worker, message: FromBrowser) {
    if (worker !== this.worker) return;
    switch (message.type) {
      case 'set':
        Object.assign(this.storage, message.items);
        for (const change of message.queued) {
          this.harness.onQueued({
            change,
            browser: this.index,
            at: this.harness.now(),
            informed: this.informed,
          });
        }
        return;
      case 'remove':
        for (const key of message.keys) delete this.storage[key];
        return;
      case 'heard-server':
        this.informed = true;
        return;
      case 'late':
        this.harness.onLate(message.request);
        return;
      case 'die':
        this.kill();
        return;
      case 'reply': {
        const settle = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error !== undefined) {
          this.failure = new Error(`browser ${this.index}: ${message.error}`);
          settle?.({ died: true });
        } else settle?.({ died: false, result: message.result });
        return;
      }
    }
  }

  /** The service worker is stopped: its memory is gone, its storage stays. */
  kill() {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    this.deaths++;
    void worker.terminate();
    for (const settle of this.pending.values()) settle({ died: true });
    this.pending.clear();
  }

  async send<T>(command: Command): Promise<Outcome<T>> {
    if (this.failure) throw this.failure;
    const worker = this.worker ?? (await this.start());
    const id = this.nextId++;
    const outcome = new Promise<Outcome<unknown>>((resolve) => this.pending.set(id, resolve));
    const message: ToBrowser = { ...command, id, now: this.harness.now() };
    worker.postMessage(message);
    const result = (await outcome) as Outcome<T>;
    if (this.failure) throw this.failure;
    return result;
  }

  /** Sets this browser's clock: until it hears the server again, its stamps may be off. */
  async setClock(skew: number) {
    this.skew = skew;
    this.informed = false;
    if (this.worker) await this.send({ cmd: 'clock', skew });
  }

  async read(): Promise<BrowserState> {
    const outcome = await this.send<BrowserState>({ cmd: 'read' });
    if (outcome.died) throw new Error(`browser ${this.index} died while being read`);
    return outcome.result;
  }

  async stop() {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
