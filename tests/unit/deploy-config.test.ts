import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { databaseIdIn, findD1Block, withDatabaseId } from '../../scripts/deploy';

const REAL_TOML = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../wrangler.toml'),
  'utf8',
);
const ID = '3f2a9c1e-7b4d-4e8a-9f10-2c6d5e4b3a21';

const twoDatabases = `name = "w"

[[d1_databases]]
binding = "CACHE"
database_name = "cache"
database_id = "11111111-1111-1111-1111-111111111111"

[[d1_databases]] # the one npm run deploy manages
binding = "DB"
database_name = "readalong"
database_id = "00000000-0000-0000-0000-000000000000"
migrations_dir = "worker/migrations"

[vars]
database_id = "not this one"
`;

describe('npm run deploy: wrangler.toml', () => {
  it('finds the DB binding of the committed wrangler.toml, with its placeholder id', () => {
    expect(findD1Block(REAL_TOML)).toMatchObject({
      name: 'readalong',
      id: '00000000-0000-0000-0000-000000000000',
    });
  });

  it('writes the id into the DB block only, leaving every other line as it was', () => {
    const updated = withDatabaseId(twoDatabases, ID);
    expect(findD1Block(updated).id).toBe(ID);
    expect(updated).toBe(
      twoDatabases.replace(
        'database_id = "00000000-0000-0000-0000-000000000000"',
        `database_id = "${ID}"`,
      ),
    );
    expect(withDatabaseId(updated, ID)).toBe(updated);
  });

  it('adds the id under database_name when the block has none', () => {
    const without = '[[d1_databases]]\nbinding = "DB"\ndatabase_name = "readalong"\n';
    expect(withDatabaseId(without, ID)).toBe(
      `[[d1_databases]]\nbinding = "DB"\ndatabase_name = "readalong"\ndatabase_id = "${ID}"\n`,
    );
  });

  it('updates the committed wrangler.toml and nothing else in it', () => {
    const updated = withDatabaseId(REAL_TOML, ID);
    expect(findD1Block(updated)).toMatchObject({ name: 'readalong', id: ID });
    const changed = updated.split('\n').filter((line, i) => line !== REAL_TOML.split('\n')[i]);
    expect(changed).toEqual([`database_id = "${ID}"`]);
  });

  it('says what is wrong with a wrangler.toml it cannot use', () => {
    expect(() => findD1Block('name = "w"\n')).toThrow(
      'wrangler.toml has no [[d1_databases]] block with binding = "DB".',
    );
    expect(() => findD1Block('[[d1_databases]]\nbinding = "DB"\n')).toThrow(
      'wrangler.toml: d1_databases block 1 has no database_name.',
    );
  });
});

describe('npm run deploy: wrangler d1 list --json', () => {
  const list = JSON.stringify(
    [
      { uuid: '11111111-1111-1111-1111-111111111111', name: 'other', version: 'production' },
      { uuid: ID, name: 'readalong', version: 'production' },
    ],
    null,
    2,
  );

  it('finds the database by name, or nothing when there is none yet', () => {
    expect(databaseIdIn(list, 'readalong')).toBe(ID);
    expect(databaseIdIn(list, 'missing')).toBeUndefined();
    expect(databaseIdIn('[]', 'readalong')).toBeUndefined();
  });

  it('reads the list after whatever wrangler printed before it', () => {
    const noisy = `▲ [WARNING] Processing wrangler.toml configuration: something [odd]\n\n${list}\n`;
    expect(databaseIdIn(noisy, 'readalong')).toBe(ID);
  });

  it('says so when the output holds no list', () => {
    expect(() => databaseIdIn('Not logged in.', 'readalong')).toThrow(
      /Unexpected output from "wrangler d1 list --json"/,
    );
  });
});
