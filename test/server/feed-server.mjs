/**
 * Test-only routes under /__feed/ for the dev server of @web/test-runner (and
 * Storybook's fault stories). They let browser tests publish feeds, count
 * requests and simulate every way a real server fails.
 *
 *   POST /__feed/store/:id          body = the response body to serve (query: type, delay=ms for every answer)
 *   GET  /__feed/inline/:id         serves it (query: delay=ms, status=N, type=…, max-age=s to allow caching); counts the request
 *   GET  /__feed/count/:id          {"count": N}
 *   POST /__feed/state/:id/(up|down) a "down" feed answers 503
 *   GET  /__feed/status/:code       an error status
 *   GET  /__feed/html               a login page served with 200
 *   GET  /__feed/hang               never answers (closed after 60 s)
 *   GET  /__feed/reset              destroys the connection
 *   GET  /__feed/truncated          a body cut mid-JSON, with a Content-Length that lies
 *   GET  /__feed/big?bytes=N        N bytes of valid JSON, streamed, no Content-Length (with length=1: with one)
 */
const bodies = new Map();
const counts = new Map();
const down = new Set();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function feedServer(ctx, next) {
  const m = /^\/__feed\/([a-z]+)(?:\/([^/]+))?(?:\/([a-z]+))?$/.exec(ctx.path);
  if (!m) return next();
  const [, route, id, action] = m;
  const q = ctx.query;
  ctx.set('Cache-Control', 'no-store');
  switch (route) {
    case 'store': {
      bodies.set(id, {
        body: await readBody(ctx.req),
        type: q.type || 'application/feed+json; charset=utf-8',
        delay: Number(q.delay) || 0,
      });
      counts.set(id, 0);
      ctx.body = { ok: true };
      return;
    }
    case 'inline': {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      const entry = bodies.get(id);
      const delay = Number(q.delay) || entry?.delay;
      if (delay) await sleep(delay);
      if (!entry || down.has(id)) {
        ctx.status = entry ? 503 : 404;
        ctx.body = entry ? 'Service Unavailable' : 'Not Found';
        return;
      }
      ctx.status = Number(q.status) || 200;
      if (q['max-age']) ctx.set('Cache-Control', `max-age=${Number(q['max-age'])}`);
      ctx.type = q.type || entry.type;
      ctx.body = entry.body;
      return;
    }
    case 'count':
      ctx.body = { count: counts.get(id) ?? 0 };
      return;
    case 'state':
      if (action === 'down') down.add(id);
      else down.delete(id);
      ctx.body = { ok: true };
      return;
    case 'status':
      ctx.status = Number(id);
      ctx.body = `Error ${id}`;
      return;
    case 'html':
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = '<!DOCTYPE html><html><head><title>Đăng nhập</title></head><body><form>Đăng nhập</form></body></html>';
      return;
    case 'hang':
      await sleep(60_000);
      ctx.status = 504;
      return;
    case 'reset':
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    case 'truncated': {
      const body = '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"a","title":"Tập hu';
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length + 500) });
      ctx.res.write(body);
      setTimeout(() => ctx.req.socket.destroy(), 50);
      return;
    }
    case 'big': {
      const bytes = Number(q.bytes) || 6 * 1024 * 1024;
      const { Readable } = await import('node:stream');
      let sent = 0;
      const head = '{"version":"https://jsonfeed.org/version/1.1","items":[],"pad":"';
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (function* () {
          yield head;
          sent = head.length;
          const chunk = 'x'.repeat(64 * 1024);
          while (sent < bytes - 2) {
            const piece = chunk.slice(0, Math.min(chunk.length, bytes - 2 - sent));
            sent += piece.length;
            yield piece;
          }
          yield '"}';
        })(),
      );
      // After the body: Koa drops the header when a stream is assigned.
      if (q.length) ctx.length = bytes;
      return;
    }
    default:
      return next();
  }
}
