import http from 'node:http';
import net from 'node:net';

export interface ConnectProxy {
  /** Port on 127.0.0.1; point a browser's HTTP and SSL proxy settings here. */
  port: number;
  /** Every CONNECT target (host:port) and plain proxied request seen, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that tunnels every CONNECT, whatever host it names, to one local port: the
 * Firefox counterpart of Chromium's `--host-resolver-rules=MAP * 127.0.0.1:PORT`, so that
 * https://www.twitch.tv/x reaches the fixture server with its real hostname (Host header and SNI).
 * Plain-http requests through the proxy are refused with 502: fixtures are served over https only.
 */
export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const requests: string[] = [];
  const sockets = new Set<net.Socket>();
  const proxy = http.createServer((req, res) => {
    requests.push(`${req.method ?? 'GET'} ${req.url ?? ''}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('This test proxy tunnels https only.');
  });
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (proxy.address() as net.AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
