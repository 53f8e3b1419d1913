// Starts the packaged server on a free port with an empty store in a temporary directory; it builds
// the graph from data/ (the repository's) on first start. Its users are USERS (an editor, a reader).
// With DEKG_E2E_STORE=remote the store is a real standalone Fuseki server (DEKG_FUSEKI_JAR) started
// first, and the server runs with --store-url.
// With DEKG_LAUNCHER the server is started by the launcher of 'apec-dekg fast-start' instead of java -jar.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/**
 * The users the server is started with (dekg.security.users[i] as environment variables); the
 * hashes are bcrypt (cost 10) of these passwords, made with `java -jar apec-dekg.jar hash-password`.
 */
export const USERS = {
  editor: { name: 'editor', password: 'e2e-editor-secret', roles: 'editor',
    hash: '$2a$10$HmUFmpgcm9FRvueAuk2dxu4NAS5CgIWm2SVlUcWrT3M886/VGuOpG' },
  reader: { name: 'reader', password: 'e2e-reader-secret', roles: 'reader',
    hash: '$2a$10$.SKFsuLFl5kZKtmYbmKGSuHibsEFxQKt.2.vA78vI1mueV77muYZu' },
};

function userEnvironment() {
  const env = {};
  Object.values(USERS).forEach((u, i) => {
    env[`DEKG_SECURITY_USERS_${i}_NAME`] = u.name;
    env[`DEKG_SECURITY_USERS_${i}_PASSWORDHASH`] = u.hash;
    env[`DEKG_SECURITY_USERS_${i}_ROLES`] = u.roles;
  });
  return env;
}

export async function startServer({ jar = process.env.DEKG_JAR ?? join(REPO, 'target', 'apec-dekg.jar'),
  launcher = process.env.DEKG_LAUNCHER, timeoutMs = 180_000 } = {}) {
  if (launcher ? !existsSync(launcher) : !existsSync(jar)) {
    throw new Error(launcher ? `No launcher at ${launcher}: run 'java -jar target/apec-dekg.jar fast-start' first`
      : `No server jar at ${jar}: build it first (mvn package) or set DEKG_JAR`);
  }
  const store = mkdtempSync(join(tmpdir(), 'dekg-e2e-'));
  const remote = process.env.DEKG_E2E_STORE === 'remote' ? await startFuseki(store, timeoutMs) : null;
  const storeArgs = remote ? ['--store-url', remote.url] : ['--store', join(store, 'tdb2')];
  const args = ['serve', '--port', '0', ...storeArgs];
  // DEKG_LAUNCHER: the fast-start launcher (AOT mode with the trained class cache) instead of java -jar.
  const child = spawn(launcher ?? 'java', launcher ? args : ['-jar', jar, ...args], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...userEnvironment() },
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
    remote: remote?.url ?? null,
    log: () => log,
    async stop() {
      await stopChild(child);
      await remote?.stop();
      rmSync(store, { recursive: true, force: true });
    },
  };
}


/** A standalone Fuseki server (TDB2, union default graph) on a free loopback port. */
async function startFuseki(dir, timeoutMs) {
  const jar = process.env.DEKG_FUSEKI_JAR ?? join(REPO, 'target', 'test-lib', 'jena-fuseki-server.jar');
  if (!existsSync(jar)) {
    throw new Error(`No Fuseki server jar at ${jar}: run through Maven (it copies it) or set DEKG_FUSEKI_JAR`);
  }
  const config = join(dir, 'fuseki.ttl');
  const template = readFileSync(join(REPO, 'src', 'test', 'resources', 'remote', 'fuseki-config.ttl'), 'utf8');
  writeFileSync(config, template.replaceAll('@LOCATION@', join(dir, 'fuseki-db')).replaceAll('@UNION@', 'true'));
  const port = await new Promise((resolvePort, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address();
      probe.close(() => resolvePort(p));
    }).on('error', reject);
  });
  const child = spawn('java', ['-Xmx512m', '-jar', jar, '--localhost', '--port', String(port), '--config', config], {
    cwd: dir, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (c) => { log += c; });
  child.stderr.setEncoding('utf8').on('data', (c) => { log += c; });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Fuseki exited (${child.exitCode}):\n${log.slice(-4000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/$/ping`)).ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`Fuseki did not start in ${timeoutMs} ms:\n${log.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: `http://127.0.0.1:${port}/ds`,
    stop: () => stopChild(child),
  };
}

/** SIGTERM, then SIGKILL if the process has not exited after 15 s. */
async function stopChild(child) {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
