/**
 * Flags for every Chromium the tests and the benchmark start: each hostname goes to the local HTTPS
 * fixture server, and Chromium makes no background connections of its own on this closed network.
 */
export function chromiumArgs(serverPort: number): string[] {
  return [
    `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
