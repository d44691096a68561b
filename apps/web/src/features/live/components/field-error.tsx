/** Fields that failed validation (the form shows its own translated message for each). */
export type InvalidFields = ReadonlySet<string>

/** Top-level field names from zod issues or the api's `fieldErrors` keys. */
export function invalidFieldsOf(
  source: { issues: readonly { path: readonly PropertyKey[] }[] } | Record<string, unknown>,
): InvalidFields {
  const names =
    'issues' in source && Array.isArray(source.issues)
      ? (source.issues as { path: readonly PropertyKey[] }[]).map((issue) =>
          String(issue.path[0] ?? 'form'),
        )
      : Object.keys(source).map((path) => path.split('.')[0] ?? path)
  return new Set(names)
}

/** A translated message under a field, tied to it by `id` (aria-describedby). */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null
  return (
    <p id={id} className="ui-field__error">
      {message}
    </p>
  )
}
