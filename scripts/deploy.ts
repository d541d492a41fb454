/**
 * `npm run deploy`: puts the sync server on your Cloudflare account, from scratch or as an
 * update. Each step prints the command it runs:
 *
 * 1. `wrangler whoami`: you are logged in (`npx wrangler login`, or CLOUDFLARE_API_TOKEN set).
 * 2. `wrangler d1 list --json`: finds the D1 database named in wrangler.toml; when there is
 *    none, `wrangler d1 create <name>` creates it.
 * 3. Writes that database's id into wrangler.toml (`database_id`), if it is not there yet.
 * 4. `wrangler d1 migrations apply DB --remote`: brings the database's tables up to date.
 * 5. `wrangler deploy`: uploads the Worker and prints its URL.
 *
 * `npm run deploy -- --dry-run` changes nothing anywhere: it prints these steps and bundles
 * the Worker locally (`wrangler deploy --dry-run`) to show it builds.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = join(ROOT, 'wrangler.toml');
const WRANGLER = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
const BINDING = 'DB';
/** The id wrangler.toml holds until a real database exists. */
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

interface D1Block {
  name: string;
  id: string;
  /** Where the block's text starts and ends in wrangler.toml. */
  start: number;
  end: number;
}

/** The `[[d1_databases]]` block whose binding is DB. */
export function findD1Block(toml: string): D1Block {
  const blocks = [...toml.matchAll(/^\[\[d1_databases\]\][^\n]*\n/gm)];
  for (const [i, match] of blocks.entries()) {
    const start = match.index;
    const next = toml.slice(start + match[0].length).search(/^\[/m);
    const end = next === -1 ? toml.length : start + match[0].length + next;
    const block = toml.slice(start, end);
    const field = (key: string) =>
      new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`, 'm').exec(block)?.[1];
    if (field('binding') !== BINDING) continue;
    const name = field('database_name');
    if (!name) throw new Error(`wrangler.toml: d1_databases block ${i + 1} has no database_name.`);
    return { name, id: field('database_id') ?? '', start, end };
  }
  throw new Error(`wrangler.toml has no [[d1_databases]] block with binding = "${BINDING}".`);
}

/** wrangler.toml with the DB block's `database_id` set to `id`. */
export function withDatabaseId(toml: string, id: string): string {
  const block = findD1Block(toml);
  const text = toml.slice(block.start, block.end);
  const line = `database_id = "${id}"`;
  const updated = /^[ \t]*database_id[ \t]*=.*$/m.test(text)
    ? text.replace(/^[ \t]*database_id[ \t]*=.*$/m, line)
    : text.replace(/^([ \t]*database_name[ \t]*=.*)$/m, `$1\n${line}`);
  return toml.slice(0, block.start) + updated + toml.slice(block.end);
}

/**
 * The id of the database called `name` in `wrangler d1 list --json` output, if any. The list
 * is the JSON array that starts a line; lines wrangler prints around it (a banner, a
 * `[WARNING]`) are skipped.
 */
export function databaseIdIn(listJson: string, name: string): string | undefined {
  for (const start of listJson.matchAll(/^\[/gm)) {
    const text = listJson.slice(start.index);
    let databases: unknown;
    try {
      databases = JSON.parse(text.slice(0, text.lastIndexOf(']') + 1));
    } catch {
      continue;
    }
    if (!Array.isArray(databases)) continue;
    return (databases as { uuid?: string; name?: string }[]).find(
      (database) => database.name === name,
    )?.uuid;
  }
  throw new Error(`Unexpected output from "wrangler d1 list --json":\n${listJson}`);
}

function wrangler(args: string[], options: { capture?: boolean } = {}): string {
  console.log(`\n$ wrangler ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`"wrangler ${args.join(' ')}" failed (exit code ${result.status}).`);
  }
  return result.stdout ?? '';
}

function dryRun(name: string): void {
  console.log(`Dry run: nothing will be created, changed or uploaded. A real deploy would run:
  wrangler whoami
  wrangler d1 list --json             (find the database "${name}")
  wrangler d1 create ${name}          (only if it does not exist yet)
  write its id into wrangler.toml     (database_id of the "${BINDING}" binding)
  wrangler d1 migrations apply ${BINDING} --remote
  wrangler deploy
Now checking that the Worker bundles:`);
  wrangler(['deploy', '--dry-run']);
}

function deploy(name: string): void {
  wrangler(['whoami']);
  let id = databaseIdIn(wrangler(['d1', 'list', '--json'], { capture: true }), name);
  if (id) {
    console.log(`The D1 database "${name}" exists: ${id}.`);
  } else {
    console.log(`There is no D1 database "${name}" yet: creating it.`);
    wrangler(['d1', 'create', name]);
    id = databaseIdIn(wrangler(['d1', 'list', '--json'], { capture: true }), name);
    if (!id) throw new Error(`"wrangler d1 create ${name}" did not create a database "${name}".`);
  }
  const toml = readFileSync(CONFIG, 'utf8');
  if (findD1Block(toml).id !== id) {
    writeFileSync(CONFIG, withDatabaseId(toml, id));
    console.log(`Wrote database_id = "${id}" into wrangler.toml (commit it, or keep it local).`);
  }
  wrangler(['d1', 'migrations', 'apply', BINDING, '--remote']);
  wrangler(['deploy']);
  console.log(`
Deployed. Point the extension at the URL printed above: Options → Sync → Server URL.
Rate limits and allowed web origins are the [vars] of wrangler.toml; run npm run deploy again
after changing them.`);
}

function main(): void {
  const { name, id } = findD1Block(readFileSync(CONFIG, 'utf8'));
  const isDryRun = process.argv.includes('--dry-run');
  console.log(
    `Deploying the Readalong sync server with the D1 database "${name}"${
      id && id !== PLACEHOLDER_ID ? ` (${id} in wrangler.toml)` : ''
    }.`,
  );
  if (isDryRun) dryRun(name);
  else deploy(name);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`\nDeploy stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
