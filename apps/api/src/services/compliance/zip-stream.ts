// A zip written as it is read: entries are compressed one chunk at a time (fflate, no native
// code) and the zip's bytes handed on as they appear, so a consumer that pulls slowly (a slow
// download) holds back the reading of the entries. Each entry's size and SHA-256 are taken
// on the way, for the packet's manifest.
import { createHash } from 'node:crypto'
import { Zip, ZipDeflate } from 'fflate'

export interface ZipEntrySource {
  path: string
  /** The entry's bytes (text is written as UTF-8), in order. */
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>
}

export interface ZippedEntry {
  path: string
  bytes: number
  sha256: string
}

const encoder = new TextEncoder()

/**
 * The zip of `entries`, as chunks. `onEntry` is called when an entry is complete, before the
 * next one is read, so a last entry produced from the earlier ones (a manifest) sees them all.
 */
export async function* zipEntries(
  entries: AsyncIterable<ZipEntrySource>,
  onEntry?: (entry: ZippedEntry) => void,
): AsyncGenerator<Uint8Array, void, undefined> {
  const out: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, data) => {
    if (error) failure = error
    else out.push(data)
  })
  // fflate calls back synchronously; hand on what it wrote after each push.
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure
    while (out.length > 0) {
      const chunk = out.shift()
      if (chunk && chunk.byteLength > 0) yield chunk
    }
  }
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.path, { level: 6 })
    zip.add(file)
    const hash = createHash('sha256')
    let bytes = 0
    for await (const chunk of entry.chunks) {
      const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk
      if (data.byteLength === 0) continue
      hash.update(data)
      bytes += data.byteLength
      file.push(data, false)
      yield* drain()
    }
    file.push(new Uint8Array(0), true)
    yield* drain()
    onEntry?.({ path: entry.path, bytes, sha256: hash.digest('hex') })
  }
  zip.end()
  yield* drain()
}
