/**
 * Chromium's `--host-resolver-rules` value that sends hosts to local ports. A rule
 * `MAP github.com 127.0.0.1:PORT` replaces the host AND the port, so `https://github.com/x`
 * (port 443 in the address bar) reaches a server on 127.0.0.1:PORT.
 *
 * - a number: every host goes to that port (any page a test opens lands on the stand-in
 *   server), except `localhost` and `127.0.0.1`, which stay themselves (a local `wrangler dev`);
 * - a record: only those hosts, each to its port.
 * Chromium's own background services (sign-in, updates) are sent nowhere, so they neither
 * reach the internet nor show up among the stand-in server's requests.
 */
const BROWSER_SERVICE_HOSTS = [
  'accounts.google.com',
  'clients*.google.com',
  '*.googleapis.com',
  '*.gvt1.com',
  '*.gstatic.com',
];

export function hostResolverRules(hostMap: Record<string, number> | number): string {
  const rules =
    typeof hostMap === 'number'
      ? [`MAP * 127.0.0.1:${hostMap}`]
      : Object.entries(hostMap).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`);
  return [
    ...BROWSER_SERVICE_HOSTS.map((host) => `MAP ${host} ~NOTFOUND`),
    ...rules,
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
}
