/**
 * Initial sync: a fresh browser pulls an account of 10,000 registers. Readalong runs the
 * extension's real sync round (sync-engine.ts, WXT storage over an in-memory
 * `browser.storage.local`) against wrangler dev + D1; PouchDB 9 replicates the same records
 * from express-pouchdb into a fresh in-memory database, at its default batch (100) and at
 * 1,000; the floor pages through the same rows with a bare endpoint. Every side goes through
 * its own counting proxy on loopback: requests, and bytes both ways with headers.
 */
import { gzipSync } from 'node:zlib';
import { MAX_PAGE_CHANGES } from '../../shared/sync-protocol/limits';
import type { BenchContext } from '../bench-context';
import type { Row } from '../results';
import { alternate, roundRatio, type Side, spread } from '../rounds';
import { createAccount, joinDevice, pushAll } from '../sync/bench-server';
import { startCountingProxy, type Traffic } from '../sync/counting-proxy';
import { installMemoryBrowser } from '../sync/memory-browser';
import { pullIntoFreshPouch, startPouchServer } from '../sync/pouch-peer';
import { realisticRegisters } from '../sync/realistic-registers';

interface Sample extends Traffic {
  ms: number;
}

const CASE = 'initial sync';

export async function initialSync(ctx: BenchContext): Promise<Row[]> {
  const count = ctx.quick ? 1_000 : 10_000;
  const records = realisticRegisters(count);
  const plainJson = JSON.stringify(records);
  const gzipped = gzipSync(plainJson).length;

  ctx.log(`${CASE}: seeding ${count} registers on wrangler dev and on PouchDB…`);
  const [pouch, account] = await Promise.all([
    startPouchServer(count),
    createAccount(ctx.server.url, 'Seeding browser'),
  ]);
  const browser = installMemoryBrowser();
  // The extension's modules read the global browser when they load: import them after it.
  const { syncRound } = await import('../../extension/lib/sync/sync-engine');
  const { registersStorage, syncAccountStorage } = await import('../../extension/lib/storage');
  const [readalongProxy, pouchProxy, floorProxy] = await Promise.all([
    startCountingProxy(ctx.server.url),
    startCountingProxy(new URL(pouch.dbUrl).origin),
    startCountingProxy(ctx.server.url),
  ]);
  try {
    await pushAll(ctx.server.url, account, records);
    const fresh = await joinDevice(ctx.server.url, account, 'Fresh browser');

    /** Times `pull`; then, untimed, `counted` says how many records it brought. */
    const timed = async (
      proxy: typeof readalongProxy,
      pull: () => Promise<void>,
      counted: () => Promise<number>,
    ): Promise<Sample> => {
      proxy.reset();
      const started = performance.now();
      await pull();
      const ms = performance.now() - started;
      const got = await counted();
      if (got !== count) throw new Error(`${CASE}: pulled ${got} records, expected ${count}`);
      return { ms, ...proxy.traffic() };
    };
    const readalong: Side<Sample> = {
      name: 'Readalong',
      run: async () => {
        browser.reset();
        await syncAccountStorage.setValue({ ...fresh, serverUrl: readalongProxy.url });
        return timed(
          readalongProxy,
          async () => {
            const status = await syncRound();
            if (status.kind !== 'synced')
              throw new Error(`${CASE}: sync ended ${status.kind}: ${status.message}`);
          },
          async () => Object.keys(await registersStorage.getValue()).length,
        );
      },
    };
    const pouchSide = (batch: number): Side<Sample> => ({
      name: `PouchDB, batch ${batch}`,
      run: async () => {
        let written = 0;
        return timed(
          pouchProxy,
          async () => {
            written = await pullIntoFreshPouch(`${pouchProxy.url}/progress`, batch);
          },
          async () => written,
        );
      },
    });
    const floor: Side<Sample> = {
      name: 'floor',
      run: async () => {
        let got = 0;
        return timed(
          floorProxy,
          async () => {
            let after = 0;
            for (;;) {
              const url = `${floorProxy.url}/bench/floor?account=${account.accountId}&after=${after}&limit=${MAX_PAGE_CHANGES}`;
              const page = (await (await fetch(url)).json()) as {
                changes: unknown[];
                after: number;
                more: boolean;
              };
              got += page.changes.length;
              after = page.after;
              if (!page.more) return;
            }
          },
          async () => got,
        );
      },
    };
    const sides = [readalong, pouchSide(100), pouchSide(1000), floor];
    ctx.log(`${CASE}: ${sides.map((s) => s.name).join(', ')}, alternating…`);
    const [ours, pouch100, pouch1000, bare] = await alternate(sides, {
      warmup: 1,
      rounds: ctx.quick ? 2 : 5,
    });
    const of = (samples: Sample[], key: keyof Sample) => samples.map((s) => s[key]);
    const unit = `${count.toLocaleString('en-US')} registers`;
    const compare = (
      metric: keyof Sample,
      label: string,
      peer: Sample[],
      peerName: string,
      goal: string | null,
      meets: ((ratio: number) => boolean) | null,
    ): Row => {
      const ratio = roundRatio(of(ours!, metric), of(peer, metric));
      return {
        case: CASE,
        metric: label,
        unit,
        readalong: spread(of(ours!, metric)),
        peer: spread(of(peer, metric)),
        peerName,
        ratio,
        goal,
        met: meets ? meets(ratio) : null,
      };
    };
    const readalongBytes = spread(of(ours!, 'bytes'));
    ctx.note(
      `${CASE}: the records are ${plainJson.length.toLocaleString('en-US')} bytes of plain JSON, ${gzipped.toLocaleString('en-US')} gzipped; Readalong pages hold ${MAX_PAGE_CHANGES} changes.`,
    );
    return [
      compare(
        'ms',
        'wall time, ms',
        pouch100!,
        'PouchDB batch 100',
        '≥ 10× faster (ratio ≤ 0.1)',
        (r) => r <= 0.1,
      ),
      compare('requests', 'requests', pouch100!, 'PouchDB batch 100', null, null),
      compare(
        'bytes',
        'bytes on the wire',
        pouch100!,
        'PouchDB batch 100',
        '≥ 8× fewer (ratio ≤ 0.125)',
        (r) => r <= 0.125,
      ),
      compare(
        'ms',
        'wall time, ms',
        pouch1000!,
        'PouchDB batch 1,000',
        '≥ 5× faster (ratio ≤ 0.2)',
        (r) => r <= 0.2,
      ),
      compare('requests', 'requests', pouch1000!, 'PouchDB batch 1,000', null, null),
      compare('bytes', 'bytes on the wire', pouch1000!, 'PouchDB batch 1,000', null, null),
      compare(
        'ms',
        'wall time, ms',
        bare!,
        `bare floor, pages of ${MAX_PAGE_CHANGES}`,
        '≤ 1.5× the floor',
        (r) => r <= 1.5,
      ),
      compare(
        'bytes',
        'bytes on the wire',
        bare!,
        `bare floor, pages of ${MAX_PAGE_CHANGES}`,
        null,
        null,
      ),
      {
        case: CASE,
        metric: 'bytes on the wire / gzip of the plain JSON',
        unit,
        readalong: readalongBytes,
        peer: { median: gzipped, min: gzipped, max: gzipped },
        peerName: 'gzip of the records’ plain JSON',
        ratio: readalongBytes.median / gzipped,
        goal: '≤ 1.2×',
        met: readalongBytes.median / gzipped <= 1.2,
      },
    ];
  } finally {
    await Promise.all([readalongProxy.close(), pouchProxy.close(), floorProxy.close()]);
    await pouch.stop();
  }
}
