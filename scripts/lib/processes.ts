// Child processes with prefixed, coloured output lines, stopped together.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

const COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m', '\x1b[34m']
const RESET = '\x1b[0m'
let nextColour = 0
const liveChildren = new Set<ChildProcess>()

// Detached children would outlive an orchestrator that dies abruptly: take them along.
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL')
})

export interface ManagedProcess {
  name: string
  child: ChildProcess
  /** Resolves with the exit code when the process has ended. */
  exited: Promise<number | null>
}

export interface StartOptions {
  name: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Called with every output line (after printing it). */
  onLine?: (line: string) => void
}

export function prefixFor(name: string): string {
  const label = `[${name}]`.padEnd(9)
  if (!process.stdout.isTTY) return label
  const colour = COLOURS[nextColour++ % COLOURS.length] ?? ''
  return `${colour}${label}${RESET}`
}

export function startProcess(options: StartOptions): ManagedProcess {
  const prefix = prefixFor(options.name)
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: Ctrl-C reaches only the orchestrator, which stops the children in
    // order (the database last), instead of every process at once.
    detached: true,
  })
  liveChildren.add(child)
  child.on('exit', () => liveChildren.delete(child))
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(`${prefix} ${line}\n`)
      options.onLine?.(line)
    })
  }
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code))
    child.on('error', (error) => {
      process.stdout.write(`${prefix} failed to start: ${error.message}\n`)
      resolve(1)
    })
  })
  return { name: options.name, child, exited }
}

/** Sends SIGTERM, then SIGKILL after `graceMs` if the process is still running. */
export async function stopProcess(managed: ManagedProcess, graceMs = 10_000): Promise<void> {
  if (managed.child.exitCode !== null || managed.child.signalCode !== null) return
  managed.child.kill('SIGTERM')
  const timer = setTimeout(() => managed.child.kill('SIGKILL'), graceMs)
  await managed.exited
  clearTimeout(timer)
}

/** Runs a command to completion with prefixed output; rejects on a non-zero exit. */
export async function runToCompletion(options: StartOptions): Promise<void> {
  const code = await startProcess(options).exited
  if (code !== 0)
    throw new Error(
      `${options.name}: ${options.command} ${options.args.join(' ')} exited with ${code}`,
    )
}

export async function waitForHttpOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError = 'no answer'
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000}s (${lastError})`)
}
