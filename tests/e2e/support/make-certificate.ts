import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { CACHE_DIR, certificatePaths } from './e2e-paths';
import { runCommand } from './run-command';
import { STANDIN_HOSTS } from './standin-hosts';

/** The cached certificate of the stand-in hosts, made with openssl on first use. */
export async function makeCertificate(): Promise<{ cert: string; key: string }> {
  const paths = standinCertificatePaths();
  if (existsSync(paths.cert) && existsSync(paths.key)) return paths;
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = { cert: `${paths.cert}.partial`, key: `${paths.key}.partial` };
  const subjectAltNames = STANDIN_HOSTS.map((host) => `DNS:${host}`).join(',');
  await runCommand('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '3650',
    '-subj',
    '/CN=Readalong stand-in hosts',
    '-addext',
    `subjectAltName=${subjectAltNames},IP:127.0.0.1`,
    '-keyout',
    partial.key,
    '-out',
    partial.cert,
  ]);
  renameSync(partial.key, paths.key);
  renameSync(partial.cert, paths.cert);
  return paths;
}

/** Where the certificate for the current list of stand-in hosts is cached. */
export function standinCertificatePaths() {
  const digest = createHash('sha256').update(STANDIN_HOSTS.join(',')).digest('hex').slice(0, 10);
  return certificatePaths(digest);
}
