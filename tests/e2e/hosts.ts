import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/** A web server serving a build, started for a test file. */
export interface Host {
  /** Origin and base path, e.g. http://127.0.0.1:41234/teaching/toh/ */
  url: string
  origin: string
  stop: () => Promise<void>
}

const root = resolve(__dirname, '../..')

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  await new Promise((done) => server.close(done))
  return typeof address === 'object' && address ? address.port : 0
}

/** Until something answers at the URL (or the process exits, or 20 s pass). */
async function answering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${log()}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((done) => setTimeout(done, 100))
    }
  }
  throw new Error(`nothing answers at ${url}: ${log()}`)
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null) return done()
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })

/**
 * Debian's nginx, unprivileged on a loopback port, running the build's own generated include
 * (dist/hosting/nginx.conf) inside the smallest http and server blocks; logs and temporary files in a
 * temporary folder, removed when it stops.
 */
export async function startNginx(dist: string, base = '/'): Promise<Host> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'))
  const siteRoot = siteRootFor(dist, base, dir)
  const port = await freePort()
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`)
  const conf = [
    'daemon off;',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'events {}',
    `http { access_log ${dir}/access.log; ${temp.join(' ')}`,
    `  server { listen 127.0.0.1:${port}; server_name localhost; root ${siteRoot}; include ${dist}/hosting/nginx.conf; }`,
    '}',
  ].join('\n')
  writeFileSync(join(dir, 'nginx.conf'), conf)
  const child = spawn('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir, '-e', `${dir}/error.log`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`
  await answering(origin, child, () => errors)
  return {
    url: origin + base,
    origin,
    stop: async () => {
      await stopped(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A folder that holds the build at its base path, as a server's root (the build itself at `/`). */
function siteRootFor(dist: string, base: string, dir: string): string {
  if (base === '/') return dist
  const siteRoot = join(dir, 'root')
  const at = join(siteRoot, base.replace(/\/$/, ''))
  mkdirSync(dirname(at), { recursive: true })
  symlinkSync(dist, at)
  return siteRoot
}

/**
 * Debian's Caddy on a loopback port, running the build's generated Caddyfile (imported after the
 * test's global options: no admin endpoint, plain HTTP), its state in a temporary folder.
 */
export async function startCaddy(dist: string, base = '/'): Promise<Host> {
  const dir = mkdtempSync(join(tmpdir(), 'caddy-'))
  const port = await freePort()
  const conf = join(dir, 'Caddyfile')
  writeFileSync(conf, `{\n\tadmin off\n\tauto_https off\n}\nimport ${dist}/hosting/Caddyfile\n`)
  const child = spawn('/usr/bin/caddy', ['run', '--adapter', 'caddyfile', '--config', conf], {
    env: {
      ...process.env,
      HOME: dir,
      XDG_CONFIG_HOME: dir,
      XDG_DATA_HOME: dir,
      SITE_ADDRESS: `http://127.0.0.1:${port}`,
      SITE_ROOT: siteRootFor(dist, base, dir),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`
  await answering(origin, child, () => log)
  return {
    url: origin + base,
    origin,
    stop: async () => {
      await stopped(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** `npm start`'s server (scripts/serve.mjs) on a free port, serving a build. */
export async function startServe(dist: string): Promise<Host> {
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), dist, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /at (http:\/\/\S+)/.exec(output)
      if (found) done(found[1])
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', () => fail(new Error(`npm start's server exited: ${output}`)))
  })
  return { url, origin: new URL(url).origin, stop: () => stopped(child) }
}
