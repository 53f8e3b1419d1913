// Starts the packaged server on a free port with an empty store in a temporary directory; it builds
// the graph from data/ (the repository's) on first start.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export async function startServer({ jar = process.env.DEKG_JAR ?? join(REPO, 'target', 'apec-dekg.jar'), timeoutMs = 180_000 } = {}) {
  if (!existsSync(jar)) {
    throw new Error(`No server jar at ${jar}: build it first (mvn package) or set DEKG_JAR`);
  }
  const store = mkdtempSync(join(tmpdir(), 'dekg-e2e-'));
  const child = spawn('java', ['-jar', jar, 'serve', '--port', '0', '--store', join(store, 'tdb2')], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${log.slice(-4000)}`)), timeoutMs);
    const read = (chunk) => {
      log += chunk;
      const match = /Tomcat started on port (\d+)/.exec(log);
      if (match) { clearTimeout(timer); resolvePort(Number(match[1])); }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}):\n${log.slice(-4000)}`)); });
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const health = await fetch(`${base}/actuator/health`).then((r) => r.json());
      if (health.status === 'UP') break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`server not healthy in ${timeoutMs} ms:\n${log.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(store, { recursive: true, force: true });
    },
  };
}
