// A strict RFC 4180 reader for tests: quoted cells with doubled quotes, CRLF record ends,
// and an error for anything else, so a test fails on a malformed file instead of guessing.
export function readCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') {
      if (cell !== '') throw new Error(`A quote inside an unquoted cell at offset ${i}`)
      quoted = true
    } else if (char === ',') {
      record.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      i++
    } else if (char === '\n' || char === '\r') {
      throw new Error(`A bare line break outside quotes at offset ${i}`)
    } else cell += char
  }
  if (quoted || cell !== '' || record.length > 0) throw new Error('The CSV does not end with CRLF')
  return records
}
