#!/usr/bin/env node
// Stand-in for Prisma's native schema engine, for machines where that binary cannot be
// downloaded. The Prisma CLI runs it through PRISMA_SCHEMA_ENGINE_BINARY exactly like the
// native one: `--datamodels <path>` (repeatable) and `--datasource <json>`, then either a
// one-shot `cli <command>` or JSON-RPC 2.0 over stdin/stdout, one object per line. The work
// is done by @prisma/schema-engine-wasm talking to PostgreSQL through @prisma/adapter-pg.
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { parse as parseConnectionString } from 'pg-connection-string'

// ───────────────────────────── arguments ─────────────────────────────

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: null, version: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--datamodels') args.datamodels.push(argv[++i])
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i] ?? '{}')
    else if (arg === '--version' || arg === '-V') args.version = true
    else if (arg === 'cli') args.cli = argv[++i] ?? null
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++
  }
  return args
}

// ───────────────────────────── logging (the engine's JSON log format on stderr) ─────────────

function logLine(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: 'schema_engine::logger',
  }
  process.stderr.write(JSON.stringify(line) + '\n')
}

// ───────────────────────────── database access ─────────────────────────────

// adapter-pg refuses columns of type "char" (OID 18), which the engine's catalog queries
// return (pg_constraint.contype, pg_class.relkind, …). Report them as text (OID 25).
const CHAR_OID = 18
const TEXT_OID = 25

function reportCharAsText(result) {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID
    }
  }
  return result
}

class CharAsTextClient extends pg.Client {
  query(...args) {
    const last = args.length - 1
    if (typeof args[last] === 'function') {
      const callback = args[last]
      args[last] = (error, result) => callback(error, error ? result : reportCharAsText(result))
      return super.query(...args)
    }
    const ret = super.query(...args)
    return ret && typeof ret.then === 'function' ? ret.then(reportCharAsText) : ret
  }
}

// Parsed config, never `connectionString`: a connection string would win over `database`.
function connectionConfig(url) {
  const { schema: _schema, ...config } = parseConnectionString(url)
  return { ...config, Client: CharAsTextClient }
}

function schemaOf(url) {
  try {
    return new URL(url).searchParams.get('schema') ?? undefined
  } catch {
    return undefined
  }
}

function quoteIdent(name) {
  return '"' + String(name).replaceAll('"', '""') + '"'
}

async function withClient(config, fn) {
  const client = new pg.Client(config)
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

// adapter-pg splits scripts on every ";", which breaks function bodies ($$ … $$). Send the
// script whole, as the native engine does (the simple query protocol runs several statements).
function wholeScripts(adapter) {
  const pool = adapter.underlyingDriver()
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script)
    } catch (error) {
      adapter.onError(error)
    }
  }
  return adapter
}

const liveShadowDatabases = new Set()

async function dropShadowDatabase(mainConfig, name) {
  await withClient(mainConfig, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  )
  liveShadowDatabases.delete(name)
}

function createAdapterFactory(datasource) {
  const options = { schema: schemaOf(datasource.url) }
  const mainConfigOrThrow = () => {
    if (!datasource.url)
      throw new Error('No database URL: set DATABASE_URL (prisma.config.ts reads it).')
    return connectionConfig(datasource.url)
  }
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      return wholeScripts(await new PrismaPg(mainConfigOrThrow(), options).connect())
    },
    async connectToShadowDb() {
      const mainConfig = mainConfigOrThrow()
      if (datasource.shadowDatabaseUrl) {
        const shadowConfig = connectionConfig(datasource.shadowDatabaseUrl)
        return wholeScripts(await new PrismaPg(shadowConfig, options).connect())
      }
      // adapter-pg's own shadow database is never dropped; create and drop it here.
      const name = `prisma_migrate_shadow_db_${randomUUID()}`
      await withClient(mainConfig, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`))
      liveShadowDatabases.add(name)
      const adapter = await new PrismaPg({ ...mainConfig, database: name }, options).connect()
      const dispose = adapter.dispose.bind(adapter)
      adapter.dispose = async () => {
        await dispose()
        await dropShadowDatabase(mainConfig, name)
      }
      return wholeScripts(adapter)
    },
  }
}

async function dropLeftoverShadowDatabases(datasource) {
  if (liveShadowDatabases.size === 0) return
  const mainConfig = connectionConfig(datasource.url)
  for (const name of [...liveShadowDatabases]) {
    await dropShadowDatabase(mainConfig, name).catch(() => {})
  }
}

// ───────────────────────────── WASM engine ─────────────────────────────

async function loadWasmEngine() {
  // Node 20 cannot `import` a .wasm module: instantiate it by hand with its JS glue.
  const bgUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const bg = await import(bgUrl)
  let panicMessage = ''
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      panicMessage = message
    },
    get: () => panicMessage,
  }
  const bytes = await readFile(new URL('schema_engine_bg.wasm', bgUrl))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg })
  bg.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start()
  return { SchemaEngine: bg.SchemaEngine, version: bg.version, panicMessage: () => panicMessage }
}

// Without --datamodels (`migrate diff`), the WASM engine panics on an empty file list where
// the native one does not; give it a schema that only names the provider.
const PROVIDER_ONLY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n'

async function readDatamodels(paths) {
  if (paths.length === 0) return [['schema.prisma', PROVIDER_ONLY_SCHEMA]]
  return Promise.all(paths.map(async (path) => [path, await readFile(path, 'utf8')]))
}

function engineLog(message) {
  // The WASM engine logs JSON lines in the native format; pass them through on stderr.
  const text = typeof message === 'string' ? message : JSON.stringify(message)
  process.stderr.write(text.endsWith('\n') ? text : text + '\n')
}

async function startEngine(args, wasm) {
  const factory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(args.datasource))
  return wasm.SchemaEngine.new(
    { datamodels: await readDatamodels(args.datamodels) },
    engineLog,
    factory,
  )
}

// ───────────────────────────── errors ─────────────────────────────

function toUserError(error, wasm) {
  if (error instanceof WebAssembly.RuntimeError) {
    return { is_panic: true, message: wasm.panicMessage() || String(error), backtrace: error.stack }
  }
  // The WASM engine rejects with a JSON string or an object in the engine's error shape.
  let value = error
  if (typeof error?.message === 'string') {
    try {
      value = JSON.parse(error.message)
    } catch {
      value = error
    }
  } else if (typeof error === 'string') {
    try {
      value = JSON.parse(error)
    } catch {
      value = { message: error }
    }
  }
  return {
    is_panic: Boolean(value?.is_panic),
    message: String(value?.message ?? error),
    meta: value?.meta ?? null,
    error_code: value?.error_code ?? null,
  }
}

// ───────────────────────────── one-shot `cli` commands ─────────────────────────────

async function runCliCommand(command, datasource) {
  const url = datasource.url
  const config = connectionConfig(url)
  const fail = (code, message) => {
    logLine('INFO', `Running ${command}`)
    logLine('ERROR', message, { error_code: code, is_panic: false })
    process.exitCode = 1
  }
  const database = config.database ?? 'postgres'
  try {
    if (command === 'can-connect-to-database') {
      await withClient(config, (client) => client.query('SELECT 1'))
    } else if (command === 'create-database') {
      await withClient({ ...config, database: 'postgres' }, (client) =>
        client.query(`CREATE DATABASE ${quoteIdent(database)}`),
      )
    } else if (command === 'drop-database') {
      await withClient({ ...config, database: 'postgres' }, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
      )
    } else {
      fail('P1000', `The schema engine stand-in does not support \`cli ${command}\`.`)
      return
    }
    logLine('INFO', `${command} succeeded`)
  } catch (error) {
    const where = `${config.host ?? 'localhost'}:${config.port ?? 5432}`
    if (error?.code === '3D000') {
      fail(
        'P1003',
        `Database \`${database}\` does not exist on the database server at \`${where}\`.`,
      )
    } else if (error?.code === '42P04') {
      fail(
        'P1009',
        `Database \`${database}\` already exists on the database server at \`${where}\``,
      )
    } else if (error?.code === '28P01' || error?.code === '28000') {
      fail(
        'P1000',
        `Authentication failed against database server at \`${where}\`: ${error.message}`,
      )
    } else if (error?.code === 'ECONNREFUSED' || error?.code === 'ENOTFOUND') {
      fail('P1001', `Can't reach database server at \`${where}\``)
    } else {
      fail('P1000', String(error?.message ?? error))
    }
  }
}

// ───────────────────────────── JSON-RPC ─────────────────────────────

function createRpc() {
  let nextId = 1_000_000
  const pending = new Map()
  const send = (message) => process.stdout.write(JSON.stringify(message) + '\n')
  return {
    send,
    // The engine asks the CLI to print (diff output) with a request of its own.
    request(method, params) {
      const id = nextId++
      send({ jsonrpc: '2.0', id, method, params })
      return new Promise((resolve) => pending.set(id, resolve))
    },
    settle(message) {
      const resolve = pending.get(message.id)
      if (!resolve) return false
      pending.delete(message.id)
      resolve(message.result)
      return true
    },
  }
}

function createHandlers(engine, rpc, args) {
  const diagnosedHistories = new Set()
  // The WASM engine's createMigration and evaluateDataLoss need the shadow database schema
  // that diagnoseMigrationHistory (with the shadow database) computes and caches.
  async function ensureDiagnosed(params) {
    const key = JSON.stringify(params.migrationsList)
    if (diagnosedHistories.has(key)) return
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters ?? { externalTables: [], externalEnums: [] },
    })
    diagnosedHistories.add(key)
  }
  return {
    async diagnoseMigrationHistory(params) {
      const result = await engine.diagnoseMigrationHistory(params)
      if (params.optInToShadowDatabase)
        diagnosedHistories.add(JSON.stringify(params.migrationsList))
      return result
    },
    async createMigration(params) {
      await ensureDiagnosed(params)
      return engine.createMigration(params)
    },
    async evaluateDataLoss(params) {
      await ensureDiagnosed(params)
      return engine.evaluateDataLoss(params)
    },
    async diff(params) {
      const result = await engine.diff(params)
      if (result.stdout) await rpc.request('print', { content: result.stdout })
      return { exitCode: result.exitCode }
    },
    getDatabaseVersion: (params) => engine.version(params ?? null),
    version: (params) => engine.version(params ?? null),
    async reset(params) {
      await engine.reset(params ?? { filter: { externalTables: [], externalEnums: [] } })
      return {}
    },
    async dbExecute(params) {
      await engine.dbExecute(params)
      return null
    },
    async createDatabase(params) {
      const url = params?.datasource?.url ?? args.datasource.url
      const config = connectionConfig(url)
      const database = config.database ?? 'postgres'
      await withClient({ ...config, database: 'postgres' }, (client) =>
        client.query(`CREATE DATABASE ${quoteIdent(database)}`),
      )
      return { databaseName: database }
    },
  }
}

async function serveRpc(args, wasm) {
  const rpc = createRpc()
  let enginePromise = null
  const engine = () => (enginePromise ??= startEngine(args, wasm))
  let handlers = null
  let queue = Promise.resolve()

  let currentId = null
  // A panic inside an engine callback escapes every promise: answer the request, then exit
  // like the native engine does on a panic (status 101).
  process.on('uncaughtException', (error) => {
    const data = { ...toUserError(error, wasm), is_panic: true }
    logLine('ERROR', data.message, { is_panic: true })
    if (currentId !== null)
      rpc.send({
        jsonrpc: '2.0',
        id: currentId,
        error: { code: 4466, message: 'The schema engine panicked.', data },
      })
    void dropLeftoverShadowDatabases(args.datasource).finally(() => process.exit(101))
  })

  async function handle(message) {
    const { id, method, params } = message
    currentId = id
    try {
      const instance = await engine()
      handlers ??= createHandlers(instance, rpc, args)
      const handler = handlers[method]
      let result
      if (handler) result = await handler(params)
      else if (typeof instance[method] === 'function') result = await instance[method](params)
      else throw new Error(`Unknown method \`${method}\``)
      rpc.send({ jsonrpc: '2.0', id, result: result ?? {} })
    } catch (error) {
      const data = toUserError(error, wasm)
      if (data.is_panic) logLine('ERROR', data.message, { is_panic: true })
      rpc.send({
        jsonrpc: '2.0',
        id,
        error: {
          code: 4466,
          message: 'An error happened. Check the data field for details.',
          data,
        },
      })
    }
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  lines.on('line', (line) => {
    if (!line.trim()) return
    let message
    try {
      message = JSON.parse(line)
    } catch {
      rpc.send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } })
      return
    }
    if (message.method === undefined && rpc.settle(message)) return
    // The CLI sends one request at a time; keep them strictly ordered anyway.
    queue = queue.then(() => handle(message))
  })
  await new Promise((resolve) => lines.once('close', resolve))
  await queue
}

// ───────────────────────────── main ─────────────────────────────

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (args.cli) {
    await runCliCommand(args.cli, args.datasource)
    return
  }
  const wasm = await loadWasmEngine()
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${wasm.version()} (WASM stand-in)\n`)
    return
  }
  const cleanUpAndExit = (code) => {
    void dropLeftoverShadowDatabases(args.datasource).finally(() => process.exit(code))
  }
  process.once('SIGTERM', () => cleanUpAndExit(0))
  process.once('SIGINT', () => cleanUpAndExit(130))
  await serveRpc(args, wasm)
  await dropLeftoverShadowDatabases(args.datasource)
  process.exit(0)
}

main().catch((error) => {
  logLine('ERROR', String(error?.stack ?? error), { is_panic: true })
  process.exit(101)
})
