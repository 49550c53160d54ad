import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromKey } from '../../scripts/lib/extension-id';
import { startServer, type FixtureServer } from '../../scripts/lib/server';

/** A public key and the ID Chromium 156 gave the unpacked extension carrying it (seen in a launch). */
const KEY_VECTOR = {
  key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5WcV2zvjOcJMu1rgJwScpAW78TGGi3XBOXui9+CrWKmMAiSDBD2IpRNxsUISc+gLWtpoYRn+78vB0iXYl7IJK6TLAXXECnIupEKGx8TV90xZPp34J2YSke/B3wHbcfXC7fXQlzRaWd+iglBrcOTF2RkHA/pRKr9StIUH4IeYwRzzrM1CrsBHjB2rY67DsS6plo4Vl8Wm8pt8ua5Tstn+okKtNJQwcSemdpZKI4WpdkPL1Je/VkFrxSJ2fXgfPE4b2Zulr9NdwJOdtkkHGCtXHO6KtgQFWzmnuyQsHo/6PGNSTwIhKwWyUwSSXPgDQAyeUk4vWLALcclwtoNBtSZJswIDAQAB',
  id: 'hihkoennadfpnichhemgnollacdapilf',
};

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

function get(server: FixtureServer, host: string, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        headers: { host },
        servername: 'localhost',
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }),
        );
      },
    );
    req.on('error', reject);
  });
}

describe('the fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers any host and path with a generic HTML page titled after the host', async () => {
    const reply = await get(server, 'www.twitch.tv', '/examplechannel');
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('<title>www.twitch.tv</title>');
    expect(reply.body).toContain('<h1>www.twitch.tv</h1>');
    expect(server.requests).toContainEqual({ host: 'www.twitch.tv', path: '/examplechannel' });
  });

  it('serves named fixtures by path prefix and by query parameter', async () => {
    const byPath = await get(server, 'a.example', '/__fixture/spa');
    const byQuery = await get(server, 'www.twitch.tv', '/examplechannel?fixture=spa');
    for (const reply of [byPath, byQuery]) {
      expect(reply.status).toBe(200);
      expect(reply.type).toBe('text/html; charset=utf-8');
      expect(reply.body).toContain('window.spaNavigate');
    }
    expect(byQuery.body).toContain('SPA fixture on www.twitch.tv');
  });

  it('answers 404 for an unknown fixture and 204 for the favicon', async () => {
    expect((await get(server, 'x.example', '/?fixture=nope')).status).toBe(404);
    expect((await get(server, 'x.example', '/?fixture=../package')).status).toBe(404);
    expect((await get(server, 'x.example', '/favicon.ico')).status).toBe(204);
  });
});

describe('extension IDs', () => {
  it('derives the ID Chromium gives a manifest key', () => {
    expect(extensionIdFromKey(KEY_VECTOR.key)).toBe(KEY_VECTOR.id);
  });
});
