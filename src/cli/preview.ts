import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Serves the production build in `dist/` with `vite preview` on 127.0.0.1 and resolves once it
 * listens. Shared by `npm run bench:ui` and `npm run screenshots`; the caller kills it.
 */
export function startPreview(port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start in 30 s')), 30_000)
    server.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes(String(port))) {
        clearTimeout(timer)
        resolve(server)
      }
    })
    server.on('exit', (code) => reject(new Error(`vite preview exited (${code})`)))
  })
}
